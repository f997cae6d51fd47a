import jwt from "jsonwebtoken";
import { expressjwt } from "express-jwt";
declare const app: any, fastify: any, fastifyJwt: any, token: string, publicKeyPem: string;

const privateKey = "-----BEGIN RSA PRIVATE KEY-----\r\nMIICXAIBAAKBgQDNwqLEe9wgTXCbC7";
const PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA";

export function issue(user: object) {
  // ruleid: jwt-hardcoded-secret
  const a = jwt.sign(user, "hopital-secret-2024", { expiresIn: "1h" });
  // ruleid: jwt-hardcoded-secret
  const b = jwt.sign(user, privateKey, { expiresIn: "6h", algorithm: "RS256" });
  // ruleid: jwt-hardcoded-secret
  const c = jwt.verify(token, "hopital-secret-2024");
  return [a, b, c];
}

// ruleid: jwt-hardcoded-secret
app.use(expressjwt({ secret: "shhhhhhared-secret", algorithms: ["HS256"] }));
// ruleid: jwt-hardcoded-secret
fastify.register(fastifyJwt, { secret: "supersecret" });

export function safe(user: object) {
  // ok: jwt-hardcoded-secret
  const a = jwt.sign(user, process.env.JWT_SECRET!, { expiresIn: "1h" });
  // ok: jwt-hardcoded-secret
  const b = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"] });
  // ok: jwt-hardcoded-secret
  const c = jwt.verify(token, publicKeyPem);
  // ok: jwt-hardcoded-secret
  app.use(expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ["HS256"] }));
  // ok: jwt-hardcoded-secret
  const d = jwt.sign({ sub: "42", role: "nurse" }, loadKey());
  return [a, b, c, d];
}
declare function loadKey(): string;

import { sign, verify as jwtVerify } from "jsonwebtoken";
const { sign: signToken } = require("jsonwebtoken");
export function named(user: object) {
  // ruleid: jwt-hardcoded-secret
  const a = sign(user, "hopital-secret-2024");
  // ruleid: jwt-hardcoded-secret
  const b = jwtVerify(token, "hopital-secret-2024");
  // ruleid: jwt-hardcoded-secret
  const c = signToken(user, "s3cr3t");
  // ok: jwt-hardcoded-secret
  const d = sign(user, process.env.JWT_SECRET!);
  return [a, b, c, d];
}
