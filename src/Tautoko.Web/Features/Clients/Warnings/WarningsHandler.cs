using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.Warnings;

public sealed record CautionInput([Required] SpecialCautionKind? Kind, [Required] string? Text);

public sealed record MustViewInput([Required] string? Text, DateOnly? Expires);

public sealed record WarningAdded(Guid Id);

/// <summary>R-121: special cautions and must-view notes, shown before anyone acts on the record.</summary>
public sealed class WarningsHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<WarningAdded>> AddCautionAsync(ClientId id, CautionInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            problems["kind"] = ["Choose the kind of caution: " + string.Join(", ", Enum.GetNames<SpecialCautionKind>()) + "."];
        }

        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > 2000)
        {
            problems["text"] = ["Write the caution (at most 2,000 characters)."];
        }

        return await AddAsync(id, problems, () =>
        {
            var caution = new SpecialCaution(Guid.CreateVersion7(), id, input.Kind!.Value, input.Text!, staff.Id, clock.GetUtcNow());
            db.SpecialCautions.Add(caution);
            return (caution.Id, $"Special caution added ({caution.Kind})");
        }, ct);
    }

    public async Task<Outcome<WarningAdded>> AddMustViewAsync(ClientId id, MustViewInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > 2000)
        {
            problems["text"] = ["Write the must-view note (at most 2,000 characters)."];
        }

        if (input.Expires is { } expires && expires < DateDisplay.TodayInAuckland(clock))
        {
            problems["expires"] = ["A must-view note cannot expire in the past."];
        }
        else if (input.Expires is { } later && PlausibleDates.WhyNotPlanned(later, DateDisplay.TodayInAuckland(clock)) is { } expiresProblem)
        {
            problems["expires"] = [expiresProblem];
        }

        return await AddAsync(id, problems, () =>
        {
            var note = new MustViewNote(Guid.CreateVersion7(), id, input.Text!, staff.Id, clock.GetUtcNow(), input.Expires);
            db.MustViewNotes.Add(note);
            return (note.Id, "Must-view note added");
        }, ct);
    }

    private async Task<Outcome<WarningAdded>> AddAsync(ClientId id, Dictionary<string, string[]> problems, Func<(Guid Id, string Detail)> add, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var (newId, detail) = add();
        audit.Add(AuditAction.AddWarning, "Client", id.ToString(), id, detail, check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new WarningAdded(newId);
    }
}
