using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calendar;

public sealed record HolidayDto(DateOnly Date, string Name, bool IsRegional);

public sealed record WorkingDaysDto(DateOnly From, DateOnly To, string? Region, int Count, IReadOnlyList<HolidayDto> Holidays);

public static class WorkingDayEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calendar/working-days", Get).ReadsNoClientInformation()
            .WithTags("Calendar")
            .WithSummary("Working days after `from` up to and including `to` (YYYY-MM-DD), skipping weekends, NZ public holidays (Mondayised) and, with `region`, that provincial district's anniversary day.");
    }

    // working-day counts skip weekends and NZ public holidays.
    private static Results<Ok<WorkingDaysDto>, Problem> Get(string? from, string? to, string? region)
    {
        var problems = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, "from", problems);
        var toDate = ParseDate(to, "to", problems);
        AnniversaryDistrict? district = null;
        if (!string.IsNullOrWhiteSpace(region))
        {
            if (AnniversaryDistricts.TryParse(region, out var parsed))
            {
                district = parsed;
            }
            else
            {
                problems["region"] = ["Unknown region. Use one of: " + string.Join(", ", AnniversaryDistricts.All.Select(AnniversaryDistricts.DisplayName)) + "."];
            }
        }

        if (fromDate is { } f && toDate is { } t)
        {
            if (t < f)
            {
                problems["to"] = ["`to` must not be before `from`."];
            }
            else if (f.Year < NzHolidays.FirstSupportedYear || t.Year > NzHolidays.LastSupportedYear)
            {
                problems["from"] = [$"The calendar covers {NzHolidays.FirstSupportedYear}–{NzHolidays.LastSupportedYear} (Matariki is published to 2052)."];
            }
        }

        if (problems.Count > 0 || fromDate is null || toDate is null)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        var count = WorkingDays.Between(fromDate.Value, toDate.Value, district);
        var holidays = WorkingDays.HolidaysBetween(fromDate.Value, toDate.Value, district)
            .Select(h => new HolidayDto(h.Date, h.Name, h.IsRegional))
            .ToList();
        return TypedResults.Ok(new WorkingDaysDto(fromDate.Value, toDate.Value, district is { } d ? AnniversaryDistricts.DisplayName(d) : null, count, holidays));
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems[name] = [$"`{name}` is required (YYYY-MM-DD)."];
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems[name] = [$"`{name}` must be a date like 2026-07-10."];
        return null;
    }
}
