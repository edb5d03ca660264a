import { useMutation } from '@tanstack/react-query';

/**
 * One control request (pause, fire, a jump …) with its own pending state and error, so each is
 * shown beside its own button; afterwards the room reads again what the request changed.
 */
export function useControlAction<Input = void>(
  send: (input: Input) => Promise<unknown>,
  refresh: () => Promise<void>,
) {
  return useMutation<unknown, Error, Input>({
    mutationFn: send,
    onSettled: () => void refresh(),
  });
}
