using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Features.Releases;

/// <summary>Seed 003's tables Tautoko holds data for: appointments with their waits, and FTE.</summary>
public static class ServiceTables
{
    /// <summary>Averages and medians of fewer appointments than this are not shown.</summary>
    public const int SmallestWaitCell = 6;

    private static readonly AppointmentType[] Types = [.. Enum.GetValues<AppointmentType>().Where(t => t != AppointmentType.KoreroMahiSeminar)];

    /// <summary>
    /// Appendix Two: appointments held in each period (not seminars, walk-ins or cancelled), by type, with the average
    /// and median wait in days from booking. Counts are cells like any other; averages and medians are never rounded.
    /// </summary>
    public static async Task<ReleaseTableView> AppointmentWaitsAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.AppointmentWaits);
        var periods = context.Periods.Count;
        var tab = new CrossTab(Types.Length, periods);
        var waits = new List<double>[Types.Length + 1, periods];
        for (var t = 0; t <= Types.Length; t++)
        {
            for (var p = 0; p < periods; p++)
            {
                waits[t, p] = [];
            }
        }

        var start = context.Start;
        var end = context.End;
        var builtAt = context.BuiltAt;
        var appointments = db.Appointments.AsNoTracking()
            .Where(a => a.StartsAt >= start && a.StartsAt < end && a.BookedAt <= builtAt && a.Kind != AppointmentKind.WalkIn
                && a.Type != AppointmentType.KoreroMahiSeminar
                && a.Status != AppointmentStatus.CancelledByClient && a.Status != AppointmentStatus.CancelledByAgency)
            .Select(a => new { a.Id, a.Type, a.StartsAt, a.BookedAt })
            .AsAsyncEnumerable();
        await foreach (var a in appointments.WithCancellation(ct))
        {
            var row = Array.IndexOf(Types, a.Type);
            var key = context.Keys.KeyOf(a.Id.Value);
            var wait = Math.Max(0, (a.StartsAt - a.BookedAt).TotalDays);
            foreach (var period in context.PeriodsOf(a.StartsAt))
            {
                tab.Add(row, period, key);
                tab.Add(tab.Rows, period, key);
                waits[row, period].Add(wait);
                waits[Types.Length, period].Add(wait);
            }
        }

        var columns = context.PeriodLabels.SelectMany(l => new[] { $"{l}: appointments", $"{l}: average wait (days)", $"{l}: median wait (days)" }).ToList();
        var rows = new List<ReleaseRowView>();
        for (var t = 0; t <= Types.Length; t++)
        {
            var cells = new List<ReleaseCellView>();
            for (var p = 0; p < periods; p++)
            {
                var list = waits[t, p];
                cells.Add(context.Cell(tab[t, p], rounded));
                cells.Add(list.Count >= SmallestWaitCell ? new ReleaseCellView(null, Math.Round((decimal)list.Average(), 1), null) : ReleaseCellView.Empty);
                cells.Add(list.Count >= SmallestWaitCell ? new ReleaseCellView(null, Math.Round((decimal)Median(list), 1), null) : ReleaseCellView.Empty);
            }

            rows.Add(new ReleaseRowView(t < Types.Length ? Types[t].DisplayName() : "Total", cells));
        }

        return new ReleaseTableView(info.Code, info.Number, info.Title, null, rounded, "Type of appointment", columns, rows, ReleaseCatalogue.NotesFor(info.Table, rounded), null);
    }

    /// <summary>Appendix Four: FTE of active case managers, and of CSRs and their line managers (service centre managers).</summary>
    public static async Task<ReleaseTableView> FteAsync(TautokoDbContext db, ReleaseTableContext context, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.Fte);
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).Select(s => new { s.Role, s.Fte }).ToListAsync(ct);
        var caseManagers = staff.Where(s => s.Role.IsCaseManager()).Sum(s => s.Fte);
        var csrs = staff.Where(s => OutcomeTables.IsCsr(s.Role) || s.Role == StaffRole.ServiceCentreManager).Sum(s => s.Fte);
        var asAt = Platform.DateDisplay.ToAuckland(context.BuiltAt).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new ReleaseTableView(info.Code, info.Number, info.Title, $"As at {asAt}", false, "Staff", ["FTE"],
        [
            new ReleaseRowView("Case Managers", [new ReleaseCellView(null, caseManagers, null)]),
            new ReleaseRowView("Customer Service Representatives and line managers", [new ReleaseCellView(null, csrs, null)]),
        ], info.Notes, null);
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
