using Tautoko.Web.Features.Appointments.Booking;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>One list of free slots in the booking form: the case manager's, their buddy's or the site's.</summary>
public sealed record SlotGroup(string Tier, string Title, bool Recommended, bool ShowStaff, IReadOnlyList<FreeSlotView> Slots);

/// <summary>The one booking form: every offered list of free slots as radio buttons (none chosen until the user chooses), then the details.</summary>
public sealed record BookFormModel(Guid ClientId, IReadOnlyList<SlotGroup> Groups);
