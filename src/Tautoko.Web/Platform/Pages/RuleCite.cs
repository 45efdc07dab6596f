using System.Collections.Frozen;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Tautoko.Web.Platform.Pages;

/// <summary>
/// Rule ids are for auditors, not labels: pages show staff a rule's plain words and keep the id for whoever asks
/// "why?" (on hover, in the title). The words are RULES.md's, one line per rule. API responses keep the ids.
/// </summary>
public static partial class RuleCite
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["R-001"] = "Service centres open 8.30am–5pm Monday, Tuesday, Thursday, Friday and 9.30am–5pm Wednesday",
        ["R-002"] = "Ohakune: 9.30–12 and 1–4, closed Wednesdays",
        ["R-003"] = "Murupara: 9–4 Mon/Tue/Thu/Fri, 10.30–4 Wednesday",
        ["R-004"] = "Takaka: 8.30–12 and 1–4 Mon/Tue/Thu/Fri; 9.30–12 and 1–4 Wednesday",
        ["R-005"] = "Opening hours change on public holidays; working-day counts skip weekends and NZ public holidays (SPEC appendix)",
        ["R-006"] = "A client is assigned to the service centre closest to where they live, but may use any centre (open door)",
        ["R-007"] = "A client may ask in writing, with reasons, to change case manager or centre; the managers of both centres decide",
        ["R-008"] = "A referral task can be reassigned to another region (13 offered) and then a site",
        ["R-010"] = "Employment case management face-to-face caseload must be at 105",
        ["R-011"] = "Phone-based caseload must be at 110",
        ["R-012"] = "Integrated Services (Housing, SOE, Remand…) caseload must be at 60",
        ["R-013"] = "ICS caseload capped at 60 (was 40 in the original trial)",
        ["R-014"] = "Caseloads are maintained at full capacity at all times",
        ["R-015"] = "Employment caseload mix: 50% aged 18–24 with part/full-time obligations; 30% JS-WR < 24 months on benefit; 10% JS-WR > 24 months; 10% JS-WR with dependent children",
        ["R-016"] = "First priority goes to 18–24 year olds with part- or full-time work obligations",
        ["R-017"] = "Phone-based caseloads are JS-WR clients from Auckland, Waikato, Bay of Plenty, Wellington and Canterbury",
        ["R-018"] = "Not phone-based: needs face-to-face; Low Trust; VU imposed or 6-week re-compliance; obligation failure or active sanction; emergency housing or homeless; home detention or post-detention conditions; refugee quota",
        ["R-019"] = "LMI1 is assigned automatically to clients likely to find work within three months without case management",
        ["R-020"] = "Employment case managers are advised not to add LMI1 clients; they decide and may remove the tag",
        ["R-021"] = "A client already on a caseload who gains LMI1 stays",
        ["R-022"] = "Time in service: green < 12 months, orange 12–18, red 18+",
        ["R-023"] = "Clients for whom case management is not effective transition out between 12 and 18 months",
        ["R-024"] = "Exit reasons: length of time in service; receiving other long-term service; low motivation or contact; aggressive behaviour; other",
        ["R-025"] = "Low motivation or contact only after all options incl. obligations failures and sanctions were considered",
        ["R-026"] = "Exit checklist: untag case manager; hand-over if moving to another service; close IEP activities; starting-work conversation; full notes (optional must-view note); remove programme tag",
        ["R-027"] = "Contracted service over 4 weeks similar to case management: client need not stay on caseload; short course: may stay; not re-assigned automatically afterwards",
        ["R-028"] = "Phone-based entry: after Jobseeker Support is granted, Kōrero Mahi seminar; phone team tags, assigns, books initial appointment, sends appointment letter",
        ["R-029"] = "Navigators support at most 15 of an ICSM's clients at a time",
        ["R-030"] = "Every client on a caseload has a future engagement booked, aligned to their plan (except suspended clients and those with an active obligations failure)",
        ["R-031"] = "A future engagement is arranged at each appointment attended",
        ["R-032"] = "Engagement at least every 28 working days; face-to-face preferred",
        ["R-033"] = "First appointment face-to-face (phone for PBCM) within 10 working days of assignment (excl. GCM and transfers); target 90%",
        ["R-034"] = "Identity verified at first engagement and evidence saved",
        ["R-035"] = "First contact order: phone, then letter inviting to a proactive appointment, then text",
        ["R-036"] = "Clients have an active self-service (MyMSD) profile",
        ["R-037"] = "Full-time case managers: at least 5 hours of appointments a day, 1.5 h breaks, at most 1 h admin",
        ["R-038"] = "Standard appointments 30 or 60 minutes; minimum 30",
        ["R-039"] = "General, seniors and integrated case managers can have two 60-minute slots (allowed, not required)",
        ["R-040"] = "Employment case managers: at least nine proactive 30-minute appointments a day",
        ["R-041"] = "Calendars generally hold 8–10 appointments a day",
        ["R-042"] = "Case managers with caseloads keep 60–90 minutes a day for reactive appointments",
        ["R-043"] = "Calendars are open for booking by contact centre and site staff, not locked",
        ["R-044"] = "Managers review each calendar's set-up at least every 3 months",
        ["R-045"] = "Wednesday staff brief is the primary meeting time",
        ["R-046"] = "Case managers block non-working hours, planned leave, unavailability (with reason)",
        ["R-047"] = "A cancelled appointment's slot is cleared so it can be rebooked",
        ["R-048"] = "Every appointment is resulted after its time; did-not-attend clients are contacted to rebook",
        ["R-049"] = "Walk-ins are recorded for unbooked face-to-face visits with a case manager — never for scanning documents, forms, payment cards, general queries, processing, sighting ID, authentication",
        ["R-050"] = "Every case manager has a buddy who covers clients and appointment requests when away",
        ["R-051"] = "Leave shows an out-of-office with the buddy's contact details",
        ["R-052"] = "E-mails to a case manager are acknowledged within 24 hours",
        ["R-053"] = "Voicemail checked at least twice a day; calls returned within 24 hours",
        ["R-054"] = "Case managers give clients their name, phone and e-mail",
        ["R-060"] = "Full/part-time obligations: completed Jobseeker Profile, up-to-date CV, open IEP with activities, PTE plan and VTP referrals where appropriate, work-related engagement logs",
        ["R-061"] = "Work-preparation obligations: open IEP with activities, clear goals, engagement logs, referrals to contracted services or work brokers where appropriate",
        ["R-062"] = "IEP within 10 days of assignment for 90% of caseload",
        ["R-063"] = "IEP quality: has activities and none overdue; target 90%",
        ["R-064"] = "At each engagement check: eligibility incl. partner; site referral queue; client events in progress/on hold/ready; benefit expiries; redirections and debt offsets",
        ["R-065"] = "Starting work: discuss TTW, Relocate for Work, childcare assistance, Working for Families transition, In-Work Support, 3-month debt suspension; agree the period of continued support",
        ["R-066"] = "Vacancy referrals tracked: accepted, declined, interviewed, filled (percentages)",
        ["R-067"] = "Programme referrals tracked: accepted, declined, participated, completed, outcome",
        ["R-070"] = "Sites complete incoming demand at first contact or book an appointment; no pushing to regional queues; no sending clients to the contact centre",
        ["R-071"] = "A requested face-to-face appointment is booked",
        ["R-072"] = "Housing assessment / EH SNG requests are screened and sent to the region's housing queue",
        ["R-073"] = "At least three contact attempts before a referral task is closed",
        ["R-074"] = "Review the task and the CMS record before contacting; confirm contact details and circumstances",
        ["R-075"] = "All engagement recorded, including unsuccessful contact",
        ["R-076"] = "Voicemail scripts: attempts 1–2 with identifying voicemail; attempt 3 naming earlier tries; non-identifying voicemail (minimal); none if the number is not known to be the client's",
        ["R-077"] = "An agent's identity is verified before the call continues",
        ["R-078"] = "Outbound calls: identify the person and ask verifying questions before releasing any information",
        ["R-079"] = "CSR process for case-managed clients: cautions/tags first; need an appointment?; why not via case manager; never override a case manager's decision or grant where bypassed; meet the need; confirm/book the next appointment (a client who has never met their case manager is booked with that case manager directly; if none is free the summary e-mail says so); notes and e-mail to the case manager",
        ["R-080"] = "High hardship: 31+ requests within a year → referral to the home site's F2F appointment queue for an assigned case manager",
        ["R-081"] = "Connector picks the service, assigns a case manager and tag, completes the task",
        ["R-082"] = "Already assigned: book with the case manager, else the buddy, else the site F2F queue",
        ["R-083"] = "Site F2F queues cleared within 24 hours",
        ["R-090"] = "Hardship needs include food and essential household items (beds/tables/chairs, washing machines/fridges, other appliances, other furniture) and the supplementary assistance types listed",
        ["R-091"] = "Declines carry one of the sixteen decline reasons (SPEC §8)",
        ["R-092"] = "Review of decision outcomes: the seven of Table Seven",
        ["R-093"] = "Complaint outcomes: the nine of Table Eight",
        ["R-094"] = "ICS discretionary fund: up to $500 without a manager's sign-off; not recoverable",
        ["R-095"] = "Case managers may manage reviews of decision and BRC hearings",
        ["R-100"] = "Accuracy target 95% (independent quality checks)",
        ["R-101"] = "Client requests: 8–12 completed daily on average (appointments and queue work)",
        ["R-102"] = "Completion rate: 7+ appointments resulted \"show\" daily on average",
        ["R-103"] = "Return rate: % of clients returning for the same appointment type within 7 working days",
        ["R-104"] = "Work exits and new part-time earnings counted",
        ["R-105"] = "Counts in the decline tables (seed 000 Tables One to Five) use random rounding to base 3; a count never moves more than 2; 1 or 2 may become 0 or 3; totals rounded independently. The seed publishes Tables Six to Eight (staff, reviews, complaints) unrounded: rounding is chosen per table, with the seed's choice as default",
        ["R-106"] = "Releases by calendar year / financial year / partial periods as in the seed tables",
        ["R-107"] = "Staff by role and gender: female, male, gender diverse, undeclared (options since 2019; Table Six reports \"Other\")",
        ["R-110"] = "ICS-X eligibility: JS-WR with full-time obligations, or JS-HCD with work-prep/part-time/full-time obligations",
        ["R-111"] = "Entered the benefit system before age 20; first benefit not Sickness Benefit or Supported Living Payment",
        ["R-112"] = "Age groups on selection date: 25–29 and 30–39 (18–24 no longer selected; existing ICS clients continue)",
        ["R-113"] = "Eligible clients randomly assigned to treatment or control",
        ["R-114"] = "Client Assessment at entry (by the third appointment under the guidelines), quarterly and at exit",
        ["R-115"] = "BEUT at entry, quarterly and at exit",
        ["R-116"] = "PCOMS at each appointment",
        ["R-117"] = "Staircasing: a pathway of milestones from the most pressing need; setbacks recorded",
        ["R-118"] = "The evaluation recommends that whānau members supported alongside a client may count in the ICS caseload of 60 (a recommendation, so a national-office setting, off by default)",
        ["R-120"] = "Client information stored securely and disclosed only to those with appropriate authority",
        ["R-121"] = "Special cautions, must-view notes and tags are checked before acting",
        ["R-122"] = "Remote Client Services serve trespassed clients by telephone, text, fax and e-mail; staff who are clients get protected records",
    }.ToFrozenDictionary();

    /// <summary>The rule's plain words (the id itself when it has none, e.g. "scope").</summary>
    public static string WordsOf(string? rule) =>
        rule is not null && Words.TryGetValue(rule, out var words) ? words : Describe(rule);

    /// <summary>The rule's words cut to a label's length.</summary>
    public static string ShortWords(string? rule)
    {
        var words = WordsOf(rule);
        var cut = words.IndexOfAny([';', ':', '(']);
        words = cut > 12 ? words[..cut].TrimEnd() : words;
        return words.Length <= 60 ? words : words[..57].TrimEnd() + "…";
    }

    /// <summary>
    /// A small "why?" after a sentence that follows one or more rules ("R-037–R-045", "R-024 R-026"): the ids and their
    /// words are in its title, for the auditor or the curious; the sentence itself stays in plain words.
    /// </summary>
    public static IHtmlContent Why(string? rules)
    {
        var ids = RuleIds().Matches(rules ?? string.Empty).Select(m => m.Value).ToList();
        var title = ids.Count == 0
            ? $"Rule: {Describe(rules)}"
            : string.Join(" · ", ids.Select(id => $"{id}: {WordsOf(id)}"));
        return new HtmlString($"<abbr class=\"rule-why\" title=\"{WebUtility.HtmlEncode(title)}\" data-rule=\"{WebUtility.HtmlEncode(string.Join(' ', ids.Count == 0 ? [rules ?? string.Empty] : ids))}\">why?</abbr>");
    }

    /// <summary>A label made of a rule: its short words, the id on hover.</summary>
    public static IHtmlContent Label(string? rule) =>
        new HtmlString($"<abbr class=\"rule-why\" title=\"{WebUtility.HtmlEncode($"{rule}: {WordsOf(rule)}")}\" data-rule=\"{WebUtility.HtmlEncode(rule ?? string.Empty)}\">{WebUtility.HtmlEncode(ShortWords(rule))}</abbr>");

    private static string Describe(string? rule) => rule switch
    {
        null or "" => "a rule",
        "scope" => "You see the clients of your own site (or the regions your unit serves)",
        "role" => "Your role does not do this",
        "queue-scope" => "Each site works its own queues",
        _ => rule,
    };

    [GeneratedRegex(@"R-\d{3}")]
    private static partial Regex RuleIds();
}
