package io.arrears.api.insurer;

import java.util.List;
import java.util.Optional;

/** Policies with their buyers. Policy numbers are unique per insurer ({@link io.arrears.api.store.DuplicateKeyException}). */
public interface InsurerPolicyRepository {

    InsurerPolicy create(InsurerPolicy policy);

    /** Replaces terms and buyers of a stored policy. */
    InsurerPolicy update(InsurerPolicy policy);

    /** Deactivates the policy (kept for the notifications that name it). */
    void deactivate(long id);

    Optional<InsurerPolicy> find(long id);

    /** Every policy, active ones first. */
    List<InsurerPolicy> list();
}
