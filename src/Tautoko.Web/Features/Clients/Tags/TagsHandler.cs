using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.Tags;

public sealed record AddTagInput([Required] string? Code, string? Reason);

public sealed record RemoveTagInput(string? Reason);

public sealed record TagDone(Guid TagId);

/// <summary>Adds and removes programme tags, recording who, when and why.</summary>
public sealed class TagsHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<TagDone>> AddAsync(ClientId id, AddTagInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.ManageTags, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = new Dictionary<string, string[]>();
        if (!ProgrammeTagCodes.TryParse(input.Code, out var code))
        {
            problems["code"] = ["Choose a programme tag: " + string.Join(", ", Enum.GetValues<ProgrammeTagCode>().Select(c => c.ShortName())) + "."];
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            problems["reason"] = ["Say why the tag is added."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var alreadyActive = await db.ProgrammeTags.AnyAsync(t => t.ClientId == id && t.Code == code && t.RemovedAt == null, ct);
        if (ProgrammeTag.WhyNotAdd(code, alreadyActive) is { } error)
        {
            return Failure.Broken(error);
        }

        var tag = new ProgrammeTag(Guid.CreateVersion7(), id, code, staff.Id, clock.GetUtcNow(), input.Reason!);
        db.ProgrammeTags.Add(tag);
        audit.Add(AuditAction.AddTag, "ProgrammeTag", tag.Id.ToString(), id, $"{code.ShortName()} added: {tag.AddedReason}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new TagDone(tag.Id);
    }

    public async Task<Outcome<TagDone>> RemoveAsync(ClientId id, Guid tagId, RemoveTagInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.ManageTags, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var tag = await db.ProgrammeTags.SingleOrDefaultAsync(t => t.Id == tagId && t.ClientId == id, ct);
        if (tag is null)
        {
            return Failure.NotFound($"Client {id.Value} has no tag {tagId}.", "Tag not found");
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return Failure.Invalid("reason", "Say why the tag is removed.");
        }

        if (tag.WhyNotRemove() is { } error)
        {
            return Failure.Broken(error);
        }

        tag.Remove(staff.Id, clock.GetUtcNow(), input.Reason);
        audit.Add(AuditAction.RemoveTag, "ProgrammeTag", tag.Id.ToString(), id, $"{tag.Code.ShortName()} removed: {tag.RemovedReason}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new TagDone(tag.Id);
    }
}
