package fr.mesinfos.connector.link;

import java.util.Optional;

/**
 * How a partner names a customer account (EDF: the meter's PRM; Orange: the phone number; MAIF: the member number),
 * and its one normalized form, so that a link made by a person and a record pushed by the partner meet.
 * Each connector declares one as an {@code @ApplicationScoped} bean.
 */
public interface AccountFormat {

    /** What the account is, for persons and error messages, e.g. "meter PRM (14 digits)". */
    String description();

    /** The normalized account, or empty if the text is not such an account. */
    Optional<String> normalize(String raw);
}
