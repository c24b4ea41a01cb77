package io.arrears.api.contact;

/** Why verification failed. */
public enum ViolationKind {
    /** The entry's stored hash does not match its fields: a field was altered, or the row was moved to another sequence. */
    ALTERED,
    /** The entry's previous hash is not the hash of the entry before it: entries were removed, inserted or reordered. */
    CHAIN_BROKEN,
    /** A sequence number is missing: the entry was deleted. */
    MISSING,
    /** The recorded head does not name the last entry: the tail was removed or the head forged. */
    HEAD_MISMATCH,
    /** The checkpoint's signature is not ours: it was forged or altered, or the key changed. */
    CHECKPOINT_SIGNATURE_INVALID,
    /** The log no longer reaches the checkpoint's sequence: it was truncated after the checkpoint. */
    CHECKPOINT_MISSING,
    /** The entry at the checkpoint's sequence has another hash: the log was rewritten after the checkpoint. */
    CHECKPOINT_MISMATCH
}
