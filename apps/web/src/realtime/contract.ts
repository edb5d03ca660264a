/**
 * The realtime channel's types, straight from the server's contract (libs/exercise,
 * realtime-contract.ts and client-event.ts): what the gateway emits and accepts is what the console
 * handles, and a change there breaks `npm run typecheck` here. Types only: nothing of the server
 * reaches the bundle.
 */
export type {
  AccessEndedReason,
  Ack,
  ClientEvent,
  ClientToServerEvents,
  ExercisePresence,
  ExerciseSnapshot,
  ServerToClientEvents,
} from '@driehoek/exercise';
