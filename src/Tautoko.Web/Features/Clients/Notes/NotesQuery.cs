using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Clients;

/// <summary>Reads the engagement log, newest first, marking entries that a later entry corrects.</summary>
public static class NotesQuery
{
    /// <summary>The newest <paramref name="count"/> entries, in one query (no total counted).</summary>
    /// <param name="staffOnly">Only entries a person wrote: automatic entries (reminders, letters, system notes, which have no author) left out.</param>
    public static async Task<IReadOnlyList<NoteView>> Recent(TautokoDbContext db, ClientId id, int count, CancellationToken ct, bool staffOnly = false)
    {
        var rows = await ListRows.For(db)(db, id, 0, count, staffOnly).ToListAsync(ct);
        return [.. rows.Select(View)];
    }

    public static async Task<Paged<NoteView>> Page(TautokoDbContext db, ClientId id, PageRequest page, CancellationToken ct, bool staffOnly = false)
    {
        var total = await CountRows.For(db)(db, id, staffOnly, ct);
        var rows = await ListRows.For(db)(db, id, page.Skip, page.PageSize, staffOnly).ToListAsync(ct);
        return new Paged<NoteView>([.. rows.Select(View)], page.Page, page.PageSize, total);
    }

    /// <summary>
    /// Compiled once: the client overview reads these on every open (bench <c>overview-load</c>), and building the
    /// expression tree and looking it up in EF Core's query cache each time costs more than running it.
    /// </summary>
    private static readonly PerModel<Func<TautokoDbContext, ClientId, int, int, bool, IAsyncEnumerable<NoteRow>>> ListRows = new(() => EF.CompileAsyncQuery(
        (TautokoDbContext db, ClientId id, int skip, int take, bool staffOnly) => (
                from n in db.EngagementNotes.AsNoTracking()
                where n.ClientId == id && (!staffOnly || n.AuthorId != null)
                join s in db.Staff on n.AuthorId equals s.Id into authors
                from s in authors.DefaultIfEmpty()
                orderby n.OccurredAt descending, n.RecordedAt descending
                select new NoteRow(
                    n.Id,
                    n.OccurredAt,
                    n.RecordedAt,
                    s == null ? "Tautoko" : s.FirstName + " " + s.LastName,
                    n.Channel,
                    n.Outcome,
                    n.Text,
                    n.CorrectsNoteId,
                    db.EngagementNotes.Any(c => c.CorrectsNoteId == n.Id)))
            .Skip(skip)
            .Take(take)));

    private static readonly PerModel<Func<TautokoDbContext, ClientId, bool, CancellationToken, Task<int>>> CountRows = new(() => EF.CompileAsyncQuery(
        (TautokoDbContext db, ClientId id, bool staffOnly, CancellationToken ct) => db.EngagementNotes.Count(n => n.ClientId == id && (!staffOnly || n.AuthorId != null))));

    private static NoteView View(NoteRow r) =>
        new(r.Id, r.OccurredAt, r.RecordedAt, r.Author, r.Channel.DisplayName(), r.Outcome.DisplayName(), r.Text, r.CorrectsNoteId, r.IsCorrected);

    private sealed record NoteRow(Guid Id, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string Author, EngagementChannel Channel, EngagementOutcome Outcome, string Text, Guid? CorrectsNoteId, bool IsCorrected);
}
