using Tautoko.Web.Features.Appointments.Booking;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>One booking form: the free slots of one case manager (or of a site) as radio buttons.</summary>
public sealed record BookFormModel(Guid ClientId, string Tier, IReadOnlyList<FreeSlotView> Slots);
