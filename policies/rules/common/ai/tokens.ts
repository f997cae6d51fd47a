// AI tokens (family I, docs/clauses.md). Every token of these families is "AI"; the declaration and
// sovereignty rules target the top-level components only (accounts, workspaces, models, agents,
// endpoints), which all accept tags, so that one AI system is not reported once per sub-resource.

export const AI_PREFIXES = [
  "aws:bedrock/*", "aws:bedrockmodel/*", "aws:bedrockfoundation/*", "aws:sagemaker/*", "aws:comprehend/*", "aws:kendra/*",
  "azure-native:cognitiveservices:*", "azure-native:machinelearningservices:*", "azure-native:search:Service",
];

export const AI_COMPONENT_TYPES = [
  "aws:bedrock/agentAgent:AgentAgent", "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase", "aws:bedrock/agentFlow:AgentFlow",
  "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime", "aws:bedrock/customModel:CustomModel", "aws:bedrock/guardrail:Guardrail",
  "aws:bedrock/inferenceProfile:InferenceProfile", "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
  "aws:bedrock/evaluationJob:EvaluationJob",
  "aws:sagemaker/domain:Domain", "aws:sagemaker/endpoint:Endpoint", "aws:sagemaker/model:Model", "aws:sagemaker/notebookInstance:NotebookInstance",
  "aws:sagemaker/trainingJob:TrainingJob", "aws:sagemaker/pipeline:Pipeline", "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
  "aws:comprehend/documentClassifier:DocumentClassifier", "aws:comprehend/entityRecognizer:EntityRecognizer", "aws:kendra/index:Index",
  "azure-native:cognitiveservices:Account", "azure-native:cognitiveservices:Deployment", "azure-native:cognitiveservices:Project",
  "azure-native:machinelearningservices:Workspace", "azure-native:machinelearningservices:OnlineEndpoint",
  "azure-native:machinelearningservices:BatchEndpoint", "azure-native:machinelearningservices:ServerlessEndpoint",
  "azure-native:machinelearningservices:Registry", "azure-native:search:Service",
];

/** The AI Act risk tag (O-12.6.8; AI Act art. 5 for "unacceptable"). */
export const AI_ACT_RISK_TAG = "clausier:ai-act-risk";
export const AI_ACT_ALLOWED_RISKS = ["minimal", "limited", "high"];
