package nl.statenwerk.portal.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.statenwerk.conformance.CheckError;
import nl.statenwerk.conformance.Outcome;
import nl.statenwerk.conformance.Standard;
import nl.statenwerk.council.CommitmentStatus;
import nl.statenwerk.council.FollowUpStatus;
import nl.statenwerk.council.FractionVoteResult;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.MotionOutcome;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.council.VoteResult;
import org.jspecify.annotations.Nullable;

/** The records the portal's templates render; ids are strings, ready for links. */
public final class Views {

    /**
     * Where PDF.js finds its WebAssembly decoders (JBIG2 and JPEG 2000 scans, colour management); the directory
     * carries the version that {@code frontend/build.sh} copied, as the files in it are cached for a year.
     */
    public static final String PDFJS_WASM = "/vendor/pdfjs/wasm-6.5.438/";

    private Views() {}

    /** A link to a paper, as it appears in lists. */
    public record PaperLink(
            String id,
            String name,
            PaperType type,
            @Nullable LocalDate date) {}

    /** A link to a meeting, as it appears in lists. */
    public record MeetingLink(
            String id,
            String name,
            MeetingType type,
            MeetingState state,
            @Nullable LocalDate date,
            @Nullable OffsetDateTime start,
            @Nullable String organization) {}

    /** A link to a person or an organisation; {@code href} is {@code null} where there is no page to link to. */
    public record NamedLink(String name, @Nullable String href) {}

    /**
     * A downloadable file.
     *
     * @param href the download
     * @param viewHref the document viewer: the file with its text
     * @param checks for a PDF, its PDF/UA and PDF/A checks; empty for other files
     * @param downloadable false for a geheim file that is not a PDF: it cannot be watermarked, so the griffie shows it
     */
    public record FileLink(
            String name,
            String href,
            @Nullable String mimeType,
            @Nullable Long sizeBytes,
            String viewHref,
            List<FileCheck> checks,
            boolean downloadable) {}

    /**
     * A file's check for one standard.
     *
     * @param outcome {@code null} while the file was not checked yet
     * @param reasons why it fails, one per known problem (several rules may make one problem)
     * @param error why it could not be checked, for {@link Outcome#NOT_CHECKABLE}
     */
    public record FileCheck(
            Standard standard,
            String profile,
            @Nullable Outcome outcome,
            List<Reason> reasons,
            @Nullable CheckError error) {

        public boolean failed() {
            return outcome == Outcome.FAILED;
        }
    }

    /**
     * A reason a file fails: a known problem (explained through {@code conformance.topic.<topic>}) or, for a rule
     * without one, the rule's own text.
     *
     * @param rules the standard's rules behind it, with how often each failed: {@code ISO 14289-1:2014 7.1-3 (29×)}
     */
    public record Reason(@Nullable String topic, @Nullable String description, List<String> rules, int count) {}

    /** A body's pass rates in the conformance overview; rates are {@code null} when nothing was checked. */
    public record ConformanceBodyRow(
            String name,
            long documents,
            long accessibilityChecked,
            long accessibilityPassed,
            @Nullable Integer accessibilityRate,
            long archivalChecked,
            long archivalPassed,
            @Nullable Integer archivalRate) {}

    /** A document's result in the conformance overview. */
    public record ConformanceRow(String body, PaperLink paper, String fileName, String fileViewHref, FileCheck check) {}

    /**
     * The overview of the public documents' PDF/UA and PDF/A checks.
     *
     * @param total the documents the filters select
     */
    public record ConformancePage(
            List<ConformanceBodyRow> bodies,
            List<Option> bodyOptions,
            List<Option> standards,
            List<Option> outcomes,
            long total,
            List<ConformanceRow> rows,
            Paging paging) {}

    /** An option of a filter. */
    public record Option(String value, String label, boolean selected) {}

    /** How one fractie voted. */
    public record FractionRow(
            String fractie,
            @Nullable String href,
            @Nullable FractionVoteResult result,
            @Nullable Integer yes,
            @Nullable Integer no,
            @Nullable Integer abstain,
            @Nullable Integer absent) {

        /** The share of the fractie's present members that voted for, 0 to 100, for the chart. */
        public int yesPercent() {
            int y = yes == null ? 0 : yes;
            int n = no == null ? 0 : no;
            int a = abstain == null ? 0 : abstain;
            return y + n + a == 0 ? 0 : Math.round(100f * y / (y + n + a));
        }
    }

    /** A vote with its result, counts and per-fractie rows. */
    public record VoteView(
            @Nullable PaperLink paper,
            @Nullable VoteResult result,
            @Nullable LocalDate date,
            @Nullable Integer yes,
            @Nullable Integer no,
            @Nullable Integer abstain,
            @Nullable Integer absent,
            List<FractionRow> fractions) {}

    /** An agenda item with its papers, votes and sub-items. */
    public record AgendaItemView(
            @Nullable String number,
            String title,
            @Nullable String description,
            boolean hamerstuk,
            boolean besloten,
            List<PaperLink> papers,
            List<VoteView> votes,
            List<AgendaItemView> children,
            @Nullable String discussion) {}

    /** One step in a paper's route: its treatment at a meeting. */
    public record RouteStep(
            MeetingLink meeting,
            @Nullable String agendaItem,
            @Nullable String organization,
            @Nullable String role) {}

    /** A membership over time. */
    public record MembershipRow(
            NamedLink other,
            @Nullable String role,
            @Nullable LocalDate start,
            @Nullable LocalDate end) {}

    public record HomePage(
            List<MeetingLink> upcoming, List<MeetingLink> recent, List<PaperLink> papers, List<NamedLink> fracties) {}

    /**
     * @param calendarFeed the iCalendar feed of the meetings the filters select
     * @param listHref the list view with the same filters
     * @param monthHref the month view with the same filters (and month)
     * @param month the month grid; {@code null} for the list view
     */
    public record MeetingsPage(
            List<MeetingLink> meetings,
            List<Option> organizations,
            List<Option> bodies,
            String calendarFeed,
            String listHref,
            String monthHref,
            @Nullable MonthView month) {}

    /** A day in the month grid; {@code inMonth} is false for the days of the weeks around the month. */
    public record DayCell(LocalDate date, boolean inMonth, boolean today, List<MeetingLink> meetings) {}

    /**
     * A month of meetings, in weeks from Monday to Sunday.
     *
     * @param month the first day of the month
     * @param weekdays Monday to Sunday, for the column headers
     * @param days the days of the month that have meetings, for the list that narrow screens show
     */
    public record MonthView(
            LocalDate month,
            List<java.time.DayOfWeek> weekdays,
            List<List<DayCell>> weeks,
            List<DayCell> days,
            String previousHref,
            LocalDate previous,
            String nextHref,
            LocalDate next,
            @Nullable String currentHref) {}

    public record MeetingPage(
            MeetingLink meeting,
            @Nullable String location,
            @Nullable OffsetDateTime end,
            @Nullable String description,
            @Nullable String livestreamUrl,
            List<AgendaItemView> agenda,
            List<FileLink> files) {}

    /**
     * A paper's page. {@code level} is its access level when it is not public, for the label at the top; {@code null}
     * for a public paper.
     */
    public record PaperPage(
            nl.statenwerk.core.@Nullable AccessLevel level,
            PaperLink paper,
            @Nullable String reference,
            @Nullable LocalDate submitted,
            @Nullable String author,
            @Nullable String description,
            @Nullable String portfolioHolder,
            List<NamedLink> submitters,
            List<RouteStep> route,
            List<FileLink> files,
            List<PaperLink> related,
            List<VoteView> votes) {}

    /**
     * A person's page. {@code votes} are the person's own votes (hoofdelijke stemmingen), newest first, at most a page
     * of {@code votesTotal}; {@code fracties} are the fracties whose votes were the person's where no own vote is
     * recorded.
     */
    public record PersonPage(
            String name,
            @Nullable String function,
            List<MembershipRow> memberships,
            List<PaperLink> papers,
            List<PersonVoteRow> votes,
            int votesTotal,
            List<NamedLink> fracties) {}

    /** How a person voted in one vote. */
    public record PersonVoteRow(
            @Nullable PaperLink paper,
            @Nullable LocalDate date,
            nl.statenwerk.council.VoteChoice choice,
            @Nullable VoteResult result) {}

    public record FractiePage(
            String name,
            @Nullable String shortName,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable String website,
            List<MembershipRow> members,
            List<PaperLink> papers,
            List<FractionVoteRow> votes,
            int votesTotal) {}

    /** How a fractie voted in one vote, newest first on its page. */
    public record FractionVoteRow(
            @Nullable PaperLink paper,
            @Nullable LocalDate date,
            @Nullable FractionVoteResult fractionVote,
            @Nullable VoteResult result) {}

    /** A shared dossier: its public pinned papers and, per saved search, the latest matches. */
    public record DossierPage(String name, List<DossierItem> papers, List<DossierSearch> searches) {}

    /** A paper or search match in a dossier; {@code note} is the owner's, for pinned papers. */
    public record DossierItem(
            String title,
            String href,
            @Nullable LocalDate date,
            @Nullable String note) {}

    public record DossierSearch(String name, long total, List<DossierItem> latest) {}
    /**
     * One hit of a search.
     *
     * @param type the search index's kind of object ({@code motie}, {@code vergadering}, ...), for {@code t.code}
     * @param body the Staten (or other body) the object belongs to
     * @param snippet HTML: the search index's passage, matches in {@code <mark>}, everything else escaped
     * @param pageHref the document viewer at the page of the snippet; {@code null} when it is not from a file
     */
    public record SearchHit(
            String title,
            @Nullable String href,
            String type,
            @Nullable LocalDate date,
            @Nullable String body,
            @Nullable SafeHtml snippet,
            @Nullable Integer page,
            @Nullable String pageHref,
            @Nullable String level) {}

    /** A value of a facet with how many hits have it, and the search filtered on it. */
    public record FacetValue(String facet, String value, long count, String href) {}

    public record Facet(String name, List<FacetValue> values) {}

    /** A filter in force, with the search without it. */
    public record ActiveFilter(String facet, String value, String removeHref) {}

    /** A link in the page navigation; {@code href} is {@code null} for the gap between page numbers. */
    public record PageLink(int number, @Nullable String href, boolean current) {}

    public record Paging(
            int current,
            int last,
            @Nullable String previous,
            @Nullable String next,
            List<PageLink> pages) {

        /**
         * The links of a list of {@code last} pages seen from page {@code requested} (kept within them): the first and
         * the last page, and two either side of the current one, with each gap between them as one entry.
         */
        public static Paging around(int requested, int last, java.util.function.IntFunction<String> href) {
            int current = Math.max(1, Math.min(requested, last));
            List<PageLink> pages = new java.util.ArrayList<>();
            int previous = 0;
            for (int n = 1; n <= last; n++) {
                if (n == 1 || n == last || Math.abs(n - current) <= 2) {
                    if (n - previous > 1) {
                        pages.add(new PageLink(0, null, false));
                    }
                    pages.add(new PageLink(n, href.apply(n), n == current));
                    previous = n;
                }
            }
            return new Paging(
                    current,
                    last,
                    current > 1 ? href.apply(current - 1) : null,
                    current < last ? href.apply(current + 1) : null,
                    pages);
        }
    }

    /**
     * The search page.
     *
     * @param asked whether there were words or filters; without, the page shows only the form
     * @param badQuery the query could not be searched (too long, too complex, too deep a page)
     * @param save the form that saves the search, for a signed-in reader; {@code null} for others
     */
    public record SearchPage(
            String q,
            boolean asked,
            boolean badQuery,
            long total,
            List<SearchHit> hits,
            List<Facet> facets,
            List<ActiveFilter> active,
            @Nullable String didYouMean,
            @Nullable String didYouMeanHref,
            boolean byDate,
            String relevanceHref,
            String dateHref,
            Paging paging,
            DossierViews.@Nullable SaveSearchForm save,
            SearchPeriod period) {}

    /**
     * The period form of the search page: the chosen first and last day (ISO, for a date input), and the rest of the
     * search in hidden fields, so that choosing a period keeps the words, filters and sort.
     */
    public record SearchPeriod(
            @Nullable String from, @Nullable String to, List<DossierViews.QueryFilter> hidden) {}

    /** One page of a file's extracted text. */
    public record TextPage(int number, String text) {}

    /**
     * The document viewer: the PDF rendered by PDF.js where the browser runs JavaScript, and always the text per page.
     *
     * @param pdf whether the file is a PDF, which PDF.js can show; other files have only their text and the download
     * @param page the page to open at, from 1
     */
    public record ViewerPage(
            String name, NamedLink owner, FileLink file, boolean pdf, int page, List<TextPage> pages) {}

    /**
     * A status with how many objects of the filter have it, and the filter choosing it; {@code current} when chosen.
     * {@code status} is {@code null} for "all".
     */
    public record StatusCount(@Nullable Enum<?> status, int count, String href, boolean current) {}

    /** An option of a filter whose label is the text of a value list's value ({@code t.value}). */
    public record StatusOption(String value, Enum<?> status, boolean selected) {}

    /**
     * A motion in the overview.
     *
     * @param followUp the afdoening; {@code null} when the motion needs none
     * @param settledBy the public paper that settled it, where recorded
     */
    public record MotionRowView(
            String href,
            String name,
            @Nullable String reference,
            @Nullable LocalDate date,
            List<NamedLink> submitters,
            MotionOutcome outcome,
            @Nullable FollowUpStatus followUp,
            @Nullable LocalDate followUpDate,
            @Nullable String note,
            @Nullable PaperLink settledBy,
            @Nullable String meetingHref,
            @Nullable LocalDate meetingDate) {}

    /** A commitment in the overview; {@code dueDate} {@code null} is "geen termijn". */
    public record CommitmentRowView(
            String text,
            @Nullable String promisedBy,
            @Nullable String portfolio,
            @Nullable PaperLink paper,
            @Nullable String meetingHref,
            @Nullable String agendaItem,
            @Nullable LocalDate date,
            @Nullable LocalDate dueDate,
            CommitmentStatus status,
            @Nullable LocalDate statusDate,
            @Nullable String note,
            @Nullable PaperLink settledBy) {}

    /** The filters both overviews share: the Staten, the year, and what the form keeps. */
    public record FollowUpFilters(List<Option> bodies, List<Option> years, boolean showBody) {}

    /**
     * The motions overview (moties).
     *
     * @param csvHref the same selection as a CSV file
     */
    public record MotionsPage(
            List<MotionRowView> rows,
            int total,
            FollowUpFilters filters,
            List<Option> fracties,
            List<StatusOption> outcomes,
            List<StatusOption> followUps,
            List<StatusCount> outcomeCounts,
            List<StatusCount> followUpCounts,
            Paging paging,
            int first,
            String csvHref) {}

    /** The commitments overview (toezeggingen); {@code today} is the day statuses are computed against. */
    public record CommitmentsPage(
            List<CommitmentRowView> rows,
            int total,
            FollowUpFilters filters,
            List<StatusOption> statuses,
            boolean overdueOnly,
            List<StatusCount> statusCounts,
            Paging paging,
            int first,
            LocalDate today,
            String csvHref) {}
}
