using Tautoko.Core.Appointments;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Synthetic;

/// <summary>The generator's appointment history: every booking's slot is written, no slot is held twice.</summary>
public sealed class SyntheticAppointmentsTests
{
    public static TheoryData<string, int> Profiles => new()
    {
        { "demo", 5_000 },
        // Every national site and calendar, with fewer clients: the national load once failed on a booked slot never written.
        { "national", 40_000 },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void EveryBookedSlot_IsAmongTheSlotsWritten_AndNoSlotIsHeldTwice(string profile, int clients)
    {
        var size = (profile == "national" ? SyntheticProfile.National : SyntheticProfile.Demo) with { Clients = clients };
        var dataset = SyntheticDataset.Create(size, SyntheticDefaults.Seed, SyntheticDefaults.Today);

        // As the loader does: caseloads first (they set the service tags), then each client's history in order.
        var caseloads = new SyntheticCaseloads(dataset);
        var placed = caseloads.Process([.. dataset.Clients()]);
        var appointments = new SyntheticAppointments(dataset);
        var histories = placed.Clients.Select(appointments.Next).ToList();

        var written = appointments.FutureSlots.Concat(histories.SelectMany(h => h.Slots)).ToList();
        var ids = written.Select(s => s.Id).ToHashSet();
        var booked = histories.SelectMany(h => h.Appointments).Where(a => a.SlotId is not null).ToList();

        Assert.NotEmpty(booked);
        Assert.Contains(booked, a => a.Status == AppointmentStatus.Booked && NzLocalTime.DateOf(a.StartsAt) > dataset.Today);
        Assert.All(booked, a => Assert.Contains(a.SlotId!.Value, ids));
        Assert.Equal(booked.Count, booked.Select(a => a.SlotId).Distinct().Count());
        Assert.Equal(written.Count, ids.Count);
        Assert.Equal(written.Count, written.Select(s => (s.StaffId, s.StartsAt)).Distinct().Count());
    }

    [Fact]
    public void NoBookingIsMadeAfterTheReferenceDayBegins_SoADatasetLoadedAtAnyHourHasNoBookingInTheFuture()
    {
        var dataset = SyntheticDataset.Create(SyntheticProfile.Demo with { Clients = 2_000 }, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        var placed = new SyntheticCaseloads(dataset).Process([.. dataset.Clients()]);
        var appointments = new SyntheticAppointments(dataset);
        var booked = placed.Clients.Select(appointments.Next).SelectMany(h => h.Appointments).Where(a => a.SlotId is not null).ToList();

        var dayBegins = NzLocalTime.ToUtc(dataset.Today, TimeOnly.MinValue);
        Assert.NotEmpty(booked);
        Assert.All(booked, a => Assert.True(a.BookedAt < dayBegins, $"booked at {a.BookedAt:O}, after the day began ({dayBegins:O})"));
    }
}
