import type { IssuerConfig } from './config';

/** Where config.json's title and issuer templates put the scope's region: 云岭市政务服务绩效监测. */
export const REGION_PLACEHOLDER = '{region}';

/** The default title: the scope's region, then the product's name. */
export const DEFAULT_TITLE_TEMPLATE = `${REGION_PLACEHOLDER}政务服务绩效监测`;

/** The default issuer of a scope's bulletin when config.json names none for it. */
export const DEFAULT_ISSUER_TEMPLATE = `${REGION_PLACEHOLDER}政务服务管理局`;

function fill(template: string, region: string | null): string {
  return template
    .split(REGION_PLACEHOLDER)
    .join(region ?? '')
    .trim();
}

/**
 * The heading of every screen: config.json's title, filled with the scope's region where it says
 * {region}; a title without {region} is fixed by the deployment and shown as it is. Before the data
 * names the region, the placeholder is left out.
 */
export function titleFor(template: string, regionName: string | null): string {
  return fill(template, regionName);
}

export interface IssuerScope {
  id: string;
  name: string;
  /** The root of the office tree: the deployment's own level. */
  isRoot: boolean;
}

/**
 * Who signs a scope's bulletin (发文机关). config.json's `issuer` may be: a map by region id (with
 * "*" for every other region); a template with {region}; or a plain name, which is the issuer of
 * the deployment's own level (the root) only — a city's bulletin is never signed by the county
 * bureau named for the county's deployment, nor a county's by the city's. Anything not named
 * falls back to DEFAULT_ISSUER_TEMPLATE.
 */
export function issuerFor(issuer: IssuerConfig | undefined, scope: IssuerScope): string {
  if (issuer === undefined) return fill(DEFAULT_ISSUER_TEMPLATE, scope.name);
  if (typeof issuer === 'string') {
    if (issuer.includes(REGION_PLACEHOLDER)) return fill(issuer, scope.name);
    return scope.isRoot ? issuer : fill(DEFAULT_ISSUER_TEMPLATE, scope.name);
  }
  const named = Object.prototype.hasOwnProperty.call(issuer, scope.id) ? issuer[scope.id] : undefined;
  if (named !== undefined) return fill(named, scope.name);
  const fallback = Object.prototype.hasOwnProperty.call(issuer, '*') ? issuer['*'] : undefined;
  return fill(fallback ?? DEFAULT_ISSUER_TEMPLATE, scope.name);
}
