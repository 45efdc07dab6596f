using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Common;

namespace Tautoko.Web.Features.Clients;

/// <summary>Reads the engagement log, newest first, marking entries that a later entry corrects.</summary>
public static class NotesQuery
{
    public static async Task<IReadOnlyList<NoteView>> Recent(TautokoDbContext db, ClientId id, int count, CancellationToken ct)
    {
        var page = await Page(db, id, new PageRequest(1, count), ct);
        return page.Items;
    }

    public static async Task<Paged<NoteView>> Page(TautokoDbContext db, ClientId id, PageRequest page, CancellationToken ct)
    {
        var query =
            from n in db.EngagementNotes.AsNoTracking()
            where n.ClientId == id
            join s in db.Staff on n.AuthorId equals s.Id into authors
            from s in authors.DefaultIfEmpty()
            orderby n.OccurredAt descending, n.RecordedAt descending
            select new
            {
                n.Id,
                n.OccurredAt,
                n.RecordedAt,
                Author = s == null ? "Tautoko" : s.FirstName + " " + s.LastName,
                n.Channel,
                n.Outcome,
                n.Text,
                n.CorrectsNoteId,
                IsCorrected = db.EngagementNotes.Any(c => c.CorrectsNoteId == n.Id),
            };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = rows
            .Select(r => new NoteView(r.Id, r.OccurredAt, r.RecordedAt, r.Author, r.Channel.DisplayName(), r.Outcome.DisplayName(), r.Text, r.CorrectsNoteId, r.IsCorrected))
            .ToList();
        return new Paged<NoteView>(items, page.Page, page.PageSize, total);
    }
}
