package fr.mesinfos.consent.lifecycle;

/** Everything that can happen to an existing consent, by whom it is done, and its name in problems and history. */
public enum ConsentAction {
    APPROVE("approve"),
    REFUSE("refuse"),
    WITHDRAW("withdraw"),
    TERMINATE("terminate"),
    EXPIRE("expire"),
    TIME_OUT("time out"),
    PROPOSE_AMENDMENT("propose an amendment"),
    CONFIRM_AMENDMENT("confirm the amendment"),
    REFUSE_AMENDMENT("refuse the amendment");

    private final String label;

    ConsentAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
