export { freeLoopbackPort } from '@berth/local-cluster/testing/any-runner';
