using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Complaints;
using Tautoko.Core.Hardship;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Features.Releases;

/// <summary>Seed 000 Tables Six to Eight: staff by role and gender, reviews of decision and complaints by outcome.</summary>
public static class OutcomeTables
{
    private static readonly string[] Genders = ["Female", "Male", "Other"];

    /// <summary>Table Six: active case managers and CSRs (the seed's definitions) by gender (R-107: Other is gender diverse and undeclared).</summary>
    public static async Task<ReleaseTableView> StaffAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.StaffByRoleAndGender);
        var tab = new CrossTab(2, Genders.Length);
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).Select(s => new { s.Id, s.Role, s.Gender }).ToListAsync(ct);
        foreach (var s in staff)
        {
            int? row = s.Role.IsCaseManager() ? 0 : IsCsr(s.Role) ? 1 : null;
            if (row is { } r)
            {
                tab.AddWithTotals(r, GenderColumn(s.Gender), context.Keys.KeyOf(s.Id.Value));
            }
        }

        var asAt = Platform.DateDisplay.ToAuckland(context.BuiltAt).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new ReleaseTableView(info.Code, info.Number, info.Title, $"As at {asAt}", rounded, "Role", [.. Genders, "Total"],
            context.Rows(tab, ["Case Manager", "CSR"], rounded, totalColumn: true), ReleaseCatalogue.NotesFor(info.Table, rounded), null);
    }

    /// <summary>Table Seven: reviews of decision completed in each period, by outcome, with a Total column over all periods.</summary>
    public static async Task<ReleaseTableView> ReviewsAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.ReviewsOfDecision);
        var outcomes = Enum.GetValues<ReviewOutcome>();
        var tab = new CrossTab(outcomes.Length, context.Periods.Count);
        var start = context.Start;
        var end = context.End;
        var reviews = db.DecisionReviews.AsNoTracking()
            .Where(r => r.Outcome != null && r.ClosedAt >= start && r.ClosedAt < end)
            .Select(r => new { r.Id, r.Outcome, r.ClosedAt })
            .AsAsyncEnumerable();
        await foreach (var r in reviews.WithCancellation(ct))
        {
            var key = context.Keys.KeyOf(r.Id);
            var row = (int)r.Outcome!.Value;
            var any = false;
            foreach (var period in context.PeriodsOf(r.ClosedAt!.Value))
            {
                tab.Add(row, period, key);
                tab.Add(tab.Rows, period, key);
                any = true;
            }

            if (any)
            {
                tab.Add(row, tab.Columns, key);
                tab.Add(tab.Rows, tab.Columns, key);
            }
        }

        return new ReleaseTableView(info.Code, info.Number, info.Title, null, rounded, "Outcome", [.. context.PeriodLabels, "Total"],
            context.Rows(tab, [.. outcomes.Select(o => o.SeedText())], rounded, totalColumn: true), ReleaseCatalogue.NotesFor(info.Table, rounded), null);
    }

    /// <summary>Table Eight: complaints received in each period (rows) by the outcome that closed them, with Grand Totals.</summary>
    public static async Task<ReleaseTableView> ComplaintsAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.Complaints);
        var outcomes = ComplaintOutcomes.All;
        var tab = new CrossTab(context.Periods.Count, outcomes.Count);
        var from = context.Periods.Min(p => p.From);
        var to = context.Periods.Max(p => p.To);
        var builtAt = context.BuiltAt;
        var complaints = db.Complaints.AsNoTracking()
            .Where(c => c.Outcome != null && c.ReceivedOn >= from && c.ReceivedOn <= to && c.ClosedAt <= builtAt)
            .Select(c => new { c.Id, c.Outcome, c.ReceivedOn })
            .AsAsyncEnumerable();
        await foreach (var c in complaints.WithCancellation(ct))
        {
            var key = context.Keys.KeyOf(c.Id);
            var column = (int)c.Outcome!.Value;
            var any = false;
            foreach (var period in context.PeriodsOf(c.ReceivedOn))
            {
                tab.Add(period, column, key);
                tab.Add(period, tab.Columns, key);
                any = true;
            }

            if (any)
            {
                tab.Add(tab.Rows, column, key);
                tab.Add(tab.Rows, tab.Columns, key);
            }
        }

        return new ReleaseTableView(info.Code, info.Number, info.Title, null, rounded, "Period", [.. outcomes.Select(o => o.SeedText()), "Grand Total"],
            context.Rows(tab, context.PeriodLabels, rounded, totalColumn: true, totalLabel: "Grand Total"), ReleaseCatalogue.NotesFor(info.Table, rounded), null);
    }

    /// <summary>The seed's CSR definition (Table Six's notes).</summary>
    public static bool IsCsr(StaffRole role) =>
        role is StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer or StaffRole.EmploymentSupportRepresentative;

    private static int GenderColumn(Gender gender) => gender switch
    {
        Gender.Female => 0,
        Gender.Male => 1,
        _ => 2,
    };
}
