package fr.mesinfos.testkit;

/** The test persons and staff of the dev realm (deploy/keycloak/mesinfos-realm.json); password = username. */
public enum TestUsers {
    GERMAINE("germaine", "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b01", "person"),
    GERARD("gerard", "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b02", "person"),
    CAMILLE("camille", "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b03", "person"),
    OPERATOR("operator", "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b10", "operator"),
    DEVELOPER("developer", "8f3c5a0e-2b1d-4c7e-9a6f-0d1e2f3a4b20", "app-developer");

    private final String username;
    private final String id;
    private final String role;

    TestUsers(String username, String id, String role) {
        this.username = username;
        this.id = id;
        this.role = role;
    }

    public String username() {
        return username;
    }

    /** The Keycloak subject, which is the MesInfos person id. */
    public String id() {
        return id;
    }

    public String role() {
        return role;
    }

    public String password() {
        return username;
    }
}
