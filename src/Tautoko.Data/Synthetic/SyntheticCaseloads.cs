using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>A batch of generated clients after the caseload pass: tags as they end up, placements, benefit history.</summary>
public sealed record SyntheticCaseloadBatch(IReadOnlyList<SyntheticClient> Clients, IReadOnlyList<CaseloadPlacement> Placements, IReadOnlyList<BenefitSpell> BenefitSpells);

/// <summary>
/// Puts generated clients on caseloads. Every case manager gets a caseload of their service at the
/// seed's size scaled by FTE; each client's service tags become placements with the case
/// manager who holds the tag. Clients are taken in index order and a caseload that is already at its
/// starting fill (a few places short of capacity, as turnover leaves them) sends the client out again:
/// their tag is removed "Length of time in service". So the same seed always gives the same caseloads,
/// and no caseload is ever over capacity. It also writes each client's benefit history.
/// </summary>
public sealed class SyntheticCaseloads
{
    private readonly Dictionary<StaffId, Slot> _slots;
    private readonly SyntheticBenefitHistory _history;
    private readonly DateOnly _today;

    public SyntheticCaseloads(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _today = dataset.Today;
        _history = new SyntheticBenefitHistory(dataset.Seed, dataset.Today, dataset.Profile.HistoryDays);
        var at = NzTime.ToUtc(dataset.Today.AddDays(-dataset.Profile.HistoryDays), new TimeOnly(9, 0));
        _slots = dataset.Staff
            .Select(s => (Staff: s, Service: ServiceOf(s)))
            .Where(s => s.Service is not null)
            .ToDictionary(
                s => s.Staff.Id,
                s => new Slot(new Caseload(s.Staff.Id, s.Staff.SiteId, s.Service!.Value, ServiceCapacity.ForCaseManager(s.Service.Value.DefaultCapacity(), s.Staff.Fte), at), StartingFree(s.Staff)));
    }

    /// <summary>The caseloads with the fill reached so far (complete once every batch has been processed).</summary>
    public IReadOnlyList<Caseload> Caseloads => [.. _slots.Values.Select(s => s.Caseload)];

    /// <summary>
    /// The service a case manager's caseload is in: their role and variant decide, and about one
    /// general case manager in seven runs a dedicated caseload (002: ongoing, below the integrated threshold).
    /// </summary>
    public static CaseManagementService? ServiceOf(StaffMember staff)
    {
        var service = CaseManagementServices.DefaultFor(staff.Role, staff.Variant);
        return service == CaseManagementService.General && staff.Variant == CaseManagerVariant.General && staff.Id.Value.ToByteArray()[15] % 7 == 0
            ? CaseManagementService.Dedicated
            : service;
    }

    /// <summary>Processes one batch; batches must come in index order (the loader's one producer task does so).</summary>
    public SyntheticCaseloadBatch Process(IReadOnlyList<SyntheticClient> batch)
    {
        var clients = new List<SyntheticClient>(batch.Count);
        var placements = new List<CaseloadPlacement>();
        var spells = new List<BenefitSpell>();
        foreach (var client in batch)
        {
            var tags = new List<ProgrammeTag>(client.Tags.Count);
            foreach (var tag in client.Tags)
            {
                tags.Add(Place(client, tag, placements));
            }

            clients.Add(client with { Tags = tags });
            spells.AddRange(_history.For(client.Index, client.Client));
        }

        return new SyntheticCaseloadBatch(clients, placements, spells);
    }

    private ProgrammeTag Place(SyntheticClient client, ProgrammeTag tag, List<CaseloadPlacement> placements)
    {
        if (CaseManagementServices.FromTag(tag.Code) is null || tag.AddedById is not { } holder || !_slots.TryGetValue(holder, out var slot))
        {
            return tag;
        }

        var caseload = slot.Caseload;
        var service = caseload.Service;
        var startedOn = DateOnly.FromDateTime(tag.AddedAt.ToOffset(TimeSpan.FromHours(12)).DateTime);
        var reason = tag.Code == service.Tag() ? tag.AddedReason : $"{service.DisplayName()}: assigned by a connector";
        var rewritten = new ProgrammeTag(tag.Id, tag.ClientId, service.Tag(), holder, tag.AddedAt, reason);
        var placement = new CaseloadPlacement(PlacementId(tag.Id), client.Client.Id, holder, caseload.SiteId, service, startedOn, tag.AddedAt, holder, PlacementSource.Loaded, reason, tag.Id, null);

        if (!tag.IsActive)
        {
            var endedOn = DateOnly.FromDateTime(tag.RemovedAt!.Value.ToOffset(TimeSpan.FromHours(12)).DateTime);
            rewritten.Remove(tag.RemovedById!.Value, tag.RemovedAt.Value, tag.RemovedReason!);
            placement.EndLoaded(ReasonOf(tag.RemovedReason), tag.RemovedAt.Value, endedOn < startedOn ? startedOn : endedOn, tag.RemovedById.Value, tag.RemovedReason!);
        }
        else if (caseload.Filled < caseload.Capacity - slot.StartingFree)
        {
            caseload.StartWith(caseload.Filled + 1);
        }
        else
        {
            // The caseload is at its starting fill: this client has already moved on (R-014: never over capacity).
            var endedOn = startedOn.AddDays(Math.Max(0, (_today.AddDays(-1).DayNumber - startedOn.DayNumber) / 2));
            var endedAt = NzTime.ToUtc(endedOn, new TimeOnly(15, 0));
            endedAt = endedAt < tag.AddedAt ? tag.AddedAt : endedAt;
            const string note = "Length of time in service: transitioned out of case management";
            rewritten.Remove(holder, endedAt, note);
            placement.EndLoaded(ExitReason.LengthOfTimeInService, endedAt, endedOn, holder, note);
        }

        placements.Add(placement);
        return rewritten;
    }

    private static ExitReason ReasonOf(string? text)
    {
        foreach (var reason in Enum.GetValues<ExitReason>())
        {
            if (text is not null && text.StartsWith(reason.DisplayName(), StringComparison.OrdinalIgnoreCase))
            {
                return reason;
            }
        }

        return ExitReason.Other;
    }

    /// <summary>Turnover leaves a few places free on most caseloads (0–14), so proposals have places to fill.</summary>
    private static int StartingFree(StaffMember staff) => staff.Id.Value.ToByteArray()[14] % 15;

    /// <summary>A placement's id derived from its tag's, so reruns give the same ids.</summary>
    private static Guid PlacementId(Guid tagId)
    {
        Span<byte> bytes = stackalloc byte[16];
        tagId.TryWriteBytes(bytes, bigEndian: true, out _);
        bytes[15] ^= 0x5A;
        bytes[14] ^= 0xC3;
        return new Guid(bytes, bigEndian: true);
    }

    private sealed class Slot(Caseload caseload, int startingFree)
    {
        public Caseload Caseload { get; } = caseload;

        public int StartingFree { get; } = Math.Min(startingFree, caseload.Capacity - 1);
    }
}
