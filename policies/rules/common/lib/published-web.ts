// A website published on the internet in clear: shared by the rules that read exposed ports
// (container groups, instances behind security groups).
import type { Basis } from "../../../core/model";

/** O-8.1's words for websites published on the internet. */
export const PUBLISHED_WEB_TLS: Basis = { kind: "clause", text: "applications web publiées sur internet comme sur l'intranet, l'usage du TLS 1.2 ou plus est impératif" };

/** Ports a web server listens on in clear; 443 is the TLS one whose presence makes them a redirect. */
export const PLAIN_HTTP_PORTS: readonly number[] = [80, 8080];
