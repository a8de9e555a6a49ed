package fr.mesinfos.e2e;

import java.time.LocalDate;

import fr.mesinfos.simulators.MaifClaims;
import fr.mesinfos.simulators.Persona;
import fr.mesinfos.testkit.TestUsers;

/**
 * The story's persons as the partner simulators model them (home and work around Lyon, a phone line at Orange, a MAIF
 * membership), under their own names: what Orange and MAIF push for them comes from the simulators' generators.
 */
final class StoryPersonas {
    /** The simulators' seed: the same seed and index give the same records, so every run pushes the same data. */
    static final long SEED = 42;

    private StoryPersonas() {
    }

    /**
     * The first simulated persona from index {@code from} whose days hold at least one MAIF claim (claims are rare, about
     * one member-day in 1,500: the story wants one to push), renamed as the story's person. Indices far above the
     * simulators' testers (tester0001…): the accounts they derive from it are nobody else's.
     */
    static Persona withAClaim(TestUsers person, int from, LocalDate first, int days) {
        for (int index = from; ; index++) {
            Persona persona = Persona.of(SEED, index);
            if (!MaifClaims.of(SEED, persona, first, days).isEmpty()) {
                return renamed(persona, person);
            }
        }
    }

    /** The same persona (the same generated records, accounts and places), named as the realm names the person. */
    private static Persona renamed(Persona p, TestUsers person) {
        boolean germaine = person == TestUsers.GERMAINE;
        return new Persona(p.index(), person.username(), germaine ? "MME" : "M", germaine ? "GERMAINE" : "GERARD", "DUPOND",
                p.birthDate(), p.home(), p.homeStreet(), p.work(), p.electricHeating(), p.householdSize(), p.prm(),
                p.msisdn(), p.memberNumber(), p.baseLoadWatts());
    }
}
