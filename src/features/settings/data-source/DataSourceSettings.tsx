// Placeholder until the own-data settings land.
export function DataSourceSettings() {
  return null;
}
