import jwt from "jsonwebtoken";
declare const token: string, key: string;

// ruleid: jwt-none-algorithm
export const claims = jwt.verify(token, key, { algorithms: ["RS256", "none"] });
// ruleid: jwt-none-algorithm
export const forged = jwt.sign({ sub: "1" }, "", { algorithm: "none" } as any);
// ok: jwt-none-algorithm
export const good = jwt.verify(token, key, { algorithms: ["RS256"] });
// ok: jwt-none-algorithm
export const signed = jwt.sign({ sub: "1" }, key, { algorithm: "ES256" });
// Reported at "none", not where the options object starts.
const options = {
  expiresIn: "2d",
  issuer: "https://example.invalid",
  // ruleid: jwt-none-algorithm
  algorithms: ["HS256", "none"],
};
export const late = jwt.verify(token, key, options);
