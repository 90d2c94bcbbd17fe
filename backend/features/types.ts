import type { Channel, Handlers } from '../../domain/ipc/contract';

/** The handlers one feature contributes to the contract. */
export type FeatureHandlers<C extends Channel> = Pick<Handlers, C>;
