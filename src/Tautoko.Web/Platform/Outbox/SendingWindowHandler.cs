using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Platform;

/// <summary>The sending window as the API shows it: days (mon…sun), opening and closing times (HH:mm, 24:00 for midnight), in Pacific/Auckland time.</summary>
public sealed record SendingWindowView(IReadOnlyList<string> Days, string Opens, string Closes, string TimeZone, string Summary, bool IsDefault, DateTimeOffset? UpdatedAt, string? UpdatedBy, int Version, bool OpenNow, DateTimeOffset NextOpening);

/// <summary>National office's change: every field and the <c>version</c> read are required (a missing version is never applied blind).</summary>
public sealed record SendingWindowInput([Required] IReadOnlyList<string>? Days, [Required] string? Opens, [Required] string? Closes, [Required] int? Version);

/// <summary>
/// National office sets when texts and e-mails may go to clients (README, "Texts and e-mails wait for the sending window"):
/// the outbox holds them outside it and sends them at the next opening. Until national office sets it, the host's
/// `--sending-window` (default Mon–Sat 08:00–20:00) applies. Changes are audited.
/// </summary>
public sealed class SendingWindowHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, OutboxOptions options, TimeProvider clock)
{
    /// <summary>Days as the API and the page name them (index = <see cref="DayOfWeek"/>).</summary>
    public static IReadOnlyList<string> DayNames => Names;

    private static readonly string[] Names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Whether this staff member may change the window (national office only).</summary>
    public bool MayEdit => me.Role == StaffRole.NationalOffice;

    /// <summary>The window in force: national office's, else the host's configured default.</summary>
    public static async Task<SendingWindow> CurrentAsync(TautokoDbContext db, OutboxOptions options, CancellationToken ct)
    {
        var row = await db.SendingWindows.AsNoTracking().SingleOrDefaultAsync(ct);
        return row?.Window ?? options.SendingWindow;
    }

    public async Task<SendingWindowView> GetAsync(CancellationToken ct)
    {
        var row = await db.SendingWindows.AsNoTracking().SingleOrDefaultAsync(ct);
        var by = row?.UpdatedById is { } id ? await db.Staff.Where(s => s.Id == id).Select(s => s.FirstName + " " + s.LastName).SingleOrDefaultAsync(ct) : null;
        return View(row?.Window ?? options.SendingWindow, row, by);
    }

    public async Task<Outcome<SendingWindowView>> SetAsync(SendingWindowInput input, CancellationToken ct)
    {
        if (me.Role != StaffRole.NationalOffice)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office sets the sending window for texts and e-mails."));
        }

        var problems = new Dictionary<string, string[]>();
        var mask = 0;
        if (input.Days is not { Count: > 0 } days)
        {
            problems["days"] = ["Choose at least one day (mon, tue, wed, thu, fri, sat, sun)."];
        }
        else
        {
            foreach (var day in days)
            {
                var index = Array.IndexOf(Names, day?.Trim().ToLowerInvariant());
                if (index < 0)
                {
                    problems["days"] = [$"\"{day}\" is not a day: use mon, tue, wed, thu, fri, sat, sun."];
                    break;
                }

                mask |= 1 << index;
            }
        }

        var opens = Minute(input.Opens, "opens", problems);
        var closes = Minute(input.Closes, "closes", problems);
        if (input.Version is not { } version)
        {
            problems["version"] = ["Give the version of the window you read (GET /api/sending-window), so a change made meanwhile is not overwritten."];
            version = 0;
        }

        if (problems.Count == 0 && closes <= opens)
        {
            problems["closes"] = ["The window closes after it opens (e.g. 08:00 to 20:00)."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var window = SendingWindow.From(mask, opens, closes);
        var row = await db.SendingWindows.SingleOrDefaultAsync(ct);
        var current = row?.Version ?? 0;
        if (version != current)
        {
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed the sending window meanwhile; reload and try again."));
        }

        var before = (row?.Window ?? options.SendingWindow).Describe();
        if (row is null)
        {
            row = new SendingWindowSettings(window, me.Id, clock.GetUtcNow());
            db.SendingWindows.Add(row);
        }
        else
        {
            row.Change(window, me.Id, clock.GetUtcNow());
        }

        audit.Add(AuditAction.Update, "SendingWindow", SendingWindowSettings.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"Sending window {before} → {window.Describe()}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed the sending window meanwhile; reload and try again."));
        }

        return View(window, row, me.FullName);
    }

    private SendingWindowView View(SendingWindow window, SendingWindowSettings? row, string? by)
    {
        var now = clock.GetUtcNow();
        var days = Enum.GetValues<DayOfWeek>().Skip(1).Append(DayOfWeek.Sunday).Where(window.Days.Contains).Select(d => Names[(int)d]).ToList();
        var closes = window.UntilMidnight ? "24:00" : window.Closes.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new SendingWindowView(days, window.Opens.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture), closes, "Pacific/Auckland", window.Describe(), row is null, row?.UpdatedAt, by, row?.Version ?? 0, window.IsOpen(now), window.NextOpening(now));
    }

    private static int Minute(string? text, string field, Dictionary<string, string[]> problems)
    {
        try
        {
            return SendingWindow.Minute(text?.Trim() ?? string.Empty);
        }
        catch (FormatException)
        {
            problems[field] = ["A time of day like 08:00 (24:00 for midnight)."];
            return 0;
        }
    }
}

public static class SendingWindowEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Sending window");
        group.MapGet("/sending-window", Get).ReadsNoClientInformation().WithName("getSendingWindow").WithSummary("When texts and e-mails may go to clients (Pacific/Auckland time); outside it they wait for the next opening.");
        group.MapPut("/sending-window", Set).ReadsNoClientInformation().WithName("putSendingWindow").WithSummary("National office sets the sending window: `days` (mon…sun), `opens` and `closes` (HH:mm, 24:00 for midnight) and the `version` read are all required (400 without; 409 when it changed meanwhile). Audited.");
    }

    private static async Task<Ok<SendingWindowView>> Get(SendingWindowHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<SendingWindowView>, Problem>> Set(SendingWindowInput input, SendingWindowHandler handler, CancellationToken ct) =>
        (await handler.SetAsync(input, ct)).ToOk();
}
