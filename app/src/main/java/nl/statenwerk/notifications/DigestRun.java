package nl.statenwerk.notifications;

/**
 * What one run of the daily digest did.
 *
 * @param mailOff whether no mail server is configured, so that nothing was sent
 * @param mailsSent how many users got an e-mail
 * @param notificationsSent how many notifications those e-mails held
 * @param failures how many e-mails could not be sent; their notifications go with the next digest
 */
public record DigestRun(boolean mailOff, int mailsSent, int notificationsSent, int failures) {}
