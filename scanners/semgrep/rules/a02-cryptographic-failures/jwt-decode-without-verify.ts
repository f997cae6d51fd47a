import jwt from "jsonwebtoken";
import { jwtDecode } from "jwt-decode";
declare const keys: Record<string, string>;

export function auth(req: any, res: any, next: () => void) {
  const token = String(req.headers.authorization).slice(7);
  // ruleid: jwt-decode-without-verify
  const claims = jwt.decode(token) as any;
  req.user = claims.sub;
  next();
}
export const auth2 = async (req: any, _res: any, next: () => void) => {
  // ruleid: jwt-decode-without-verify
  req.user = jwtDecode(req.cookies.session);
  next();
};
export function authOk(req: any, _res: any, next: () => void) {
  const token = String(req.headers.authorization).slice(7);
  // ok: jwt-decode-without-verify
  const header = jwt.decode(token, { complete: true }) as any;
  req.user = jwt.verify(token, keys[header.header.kid], { algorithms: ["RS256"] });
  next();
}
export function expiryForDisplay(token: string): number {
  // ok: jwt-decode-without-verify
  return (jwt.decode(token) as any).exp;
}
