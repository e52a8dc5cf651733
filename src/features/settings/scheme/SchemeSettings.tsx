// Placeholder until the scheme editor lands.
export function SchemeSettings() {
  return null;
}
