import type { DeliveryAdapter, RunnerLogger } from "../types.ts";

/**
 * The `log` channel: writes each message to the structured log and does nothing else. It stands in
 * for real delivery until the e-mail and webhook adapters exist, and lets operators see what would
 * have been sent.
 */
export function createLogAdapter(logger: RunnerLogger): DeliveryAdapter {
  return {
    deliver(message) {
      logger.info(
        {
          outbox: {
            id: message.id,
            channel: message.channel,
            topic: message.topic,
            recipient: message.recipient,
            payload: message.payload,
            attempt: message.attempt,
          },
        },
        "outbox message",
      );
      return Promise.resolve();
    },
  };
}
