// Minimum engine versions still supported by AWS (O-3.10: no obsolete component). Maintained by
// hand: reviewed 2026-05 against the AWS end-of-standard-support calendars (RDS, Aurora, EKS,
// ElastiCache, OpenSearch). Raise an entry when AWS ends standard support of a major line.
export interface MinVersion {
  min: string;
  /** Why this floor, with the date the line lost support. */
  note: string;
}

export const AWS_MIN_ENGINE_VERSIONS: Record<string, MinVersion> = {
  "postgres": { min: "13", note: "PostgreSQL 12: fin du support standard RDS 2025-02-28 / RDS end of standard support" },
  "aurora-postgresql": { min: "13", note: "Aurora PostgreSQL 12: 2025-02-28" },
  "mysql": { min: "8.0", note: "MySQL 5.7: 2024-02-29" },
  "aurora": { min: "8.0", note: "Aurora MySQL 1 (5.6): 2023-02-28" },
  "aurora-mysql": { min: "8.0", note: "Aurora MySQL 2 (5.7): 2024-10-31" },
  "mariadb": { min: "10.6", note: "MariaDB 10.5: 2025-02 (10.4: 2024-06)" },
  "oracle-ee": { min: "19", note: "Oracle 12c: 2022-03-31" },
  "oracle-se2": { min: "19", note: "Oracle 12c: 2022-03-31" },
  "sqlserver-ee": { min: "14.00", note: "SQL Server 2016 (13.00): Microsoft extended support ends 2026-07-14" },
  "sqlserver-se": { min: "14.00", note: "SQL Server 2016 (13.00): 2026-07-14" },
  "sqlserver-ex": { min: "14.00", note: "SQL Server 2016 (13.00): 2026-07-14" },
  "sqlserver-web": { min: "14.00", note: "SQL Server 2016 (13.00): 2026-07-14" },
  "docdb": { min: "4.0", note: "DocumentDB 3.6: 2024-03" },
  "redis": { min: "6.0", note: "ElastiCache Redis OSS 4/5: 2026-01-31" },
  "memcached": { min: "1.6", note: "Memcached 1.5 and older: unsupported engine lines" },
  "eks": { min: "1.30", note: "EKS 1.29: fin du support standard 2025-03 / end of standard support" },
  "opensearch": { min: "2.0", note: "OpenSearch 1.x: AWS end of standard support 2025-11 (verify)" },
  "elasticsearch": { min: "7.10", note: "Elasticsearch ≤ 7.9 and 6.x/5.x: AWS end of standard support 2025-11 (verify)" },
};

/** Numeric comparison of dotted versions ("8.0.mysql_aurora.3.05" → 8.0); NaN-safe. */
export function compareVersions(a: string, b: string): number {
  const pa = numericParts(a);
  const pb = numericParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function numericParts(v: string): number[] {
  const m = /^\D*(\d+(?:\.\d+)*)/.exec(v);
  return m ? m[1].split(".").map(Number) : [];
}

export function hasVersion(v: string): boolean {
  return numericParts(v).length > 0;
}
