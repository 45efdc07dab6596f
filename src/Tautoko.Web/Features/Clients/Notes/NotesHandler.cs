using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.Notes;

public sealed record NoteInput([Required] string? Text, EngagementChannel? Channel, EngagementOutcome? Outcome, DateTimeOffset? OccurredAt, Guid? CorrectsNoteId);

/// <summary>The engagement log: every contact, including unsuccessful attempts. Append-only.</summary>
public sealed class NotesHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Paged<NoteView>>> ListAsync(ClientId id, PageRequest page, CancellationToken ct, bool staffOnly = false)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var notes = await NotesQuery.Page(db, id, page, ct, staffOnly);
        await audit.RecordAsync(AuditAction.Read, "EngagementLog", id.ToString(), id, $"Engagement log page {page.Page}", check.ViaBreakGlass, ct);
        return Outcome.Done(notes);
    }

    public async Task<Outcome<NoteView>> AddAsync(ClientId id, NoteInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.AddNote, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            problems["text"] = ["Write what happened in the note."];
        }
        else if (input.Text.Length > EngagementNote.MaxTextLength)
        {
            problems["text"] = [$"A note is at most {EngagementNote.MaxTextLength} characters."];
        }

        var occurred = (input.OccurredAt ?? now).ToUniversalTime();
        if (PlausibleDates.WhyNotHappened(occurred, now) is { } occurredProblem)
        {
            problems["occurredAt"] = [occurredProblem];
        }

        if (input.Channel is { } channel && !Enum.IsDefined(channel))
        {
            problems["channel"] = ["Choose a channel from the list."];
        }

        if (input.CorrectsNoteId is { } corrected && !await db.EngagementNotes.AnyAsync(n => n.Id == corrected && n.ClientId == id, ct))
        {
            problems["correctsNoteId"] = ["The note being corrected is not in this client's engagement log."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var note = new EngagementNote(
            Guid.CreateVersion7(),
            id,
            staff.Id,
            now,
            occurred,
            input.Channel ?? EngagementChannel.Internal,
            input.Outcome ?? EngagementOutcome.Contact,
            input.Text!,
            input.CorrectsNoteId);
        db.EngagementNotes.Add(note);
        audit.Add(AuditAction.AddNote, "EngagementNote", note.Id.ToString(), id, note.CorrectsNoteId is null ? "Note added" : $"Correction of {note.CorrectsNoteId}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new NoteView(note.Id, note.OccurredAt, note.RecordedAt, staff.FullName, note.Channel.DisplayName(), note.Outcome.DisplayName(), note.Text, note.CorrectsNoteId, false);
    }
}
