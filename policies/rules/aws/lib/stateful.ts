// AWS resource types that store data (the HDS rules of family A, docs/clauses.md): the HDS region and the
// classification tag apply to them.
export const AWS_STATEFUL_TYPES = [
  "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2",
  "aws:rds/instance:Instance", "aws:rds/cluster:Cluster",
  "aws:docdb/cluster:Cluster", "aws:neptune/cluster:Cluster", "aws:redshift/cluster:Cluster",
  "aws:dynamodb/table:Table", "aws:efs/fileSystem:FileSystem", "aws:ebs/volume:Volume",
  "aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain",
  "aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster",
  "aws:elasticache/serverlessCache:ServerlessCache", "aws:memorydb/cluster:Cluster",
  "aws:backup/vault:Vault", "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault",
];
