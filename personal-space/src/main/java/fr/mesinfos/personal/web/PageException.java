package fr.mesinfos.personal.web;

/** A page that cannot be shown, with the HTTP status and the message key of the explanation the person reads. */
public class PageException extends RuntimeException {
    private final int status;
    private final String messageKey;

    public PageException(int status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    public static PageException notFound() {
        return new PageException(404, "error_not_found");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
