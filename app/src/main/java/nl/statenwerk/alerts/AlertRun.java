package nl.statenwerk.alerts;

/**
 * What one alert check did.
 *
 * @param checked how many saved searches with alerts were checked
 * @param baselines how many of those were checked for the first time, which only records what exists
 * @param notified how many notifications were made
 * @param failed how many saved searches could not be checked; they are checked again next time
 */
public record AlertRun(int checked, int baselines, int notified, int failed) {}
