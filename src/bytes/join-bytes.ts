/**
 * The pieces as one buffer: the piece itself when there is one, which Buffer.concat would copy
 * (output and lines most often arrive in one piece). `length`, when the caller has it, saves a
 * pass over the pieces.
 */
export function joinBytes(pieces: readonly Buffer[], length?: number): Buffer {
  return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
}
