export { LocalNeo4jError, type LocalNeo4jErrorCode } from './errors.ts';
export { parseJavaMajorVersion, checkJava, javaCommand, MIN_JAVA_MAJOR } from './java.ts';
export { parseLauncherLine, type LauncherMessage } from './launcher-protocol.ts';
export { generatePassword, ensurePasswordFile } from './password.ts';
export { provisionNeo4j, NEO4J_VERSION, type ProvisionedNeo4j } from './provision.ts';
export { startLocalNeo4j, type LocalNeo4j, type StartLocalNeo4jOptions } from './start.ts';
export {
  superviseLocalNeo4j,
  restartDelay,
  type SupervisedNeo4j,
  type SupervisorStatus,
  type SupervisorEvent,
  type SuperviseOptions,
} from './supervise.ts';
