using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.FirstContacts;
using Tautoko.Web.Features.Appointments.Letters;
using Tautoko.Web.Features.Appointments.Messages;
using Tautoko.Web.Features.Appointments.Resulting;
using Tautoko.Web.Features.Appointments.WalkIns;
using Tautoko.Web.Features.Appointments.Worklists;

using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments;

/// <summary>Appointments and calendars: booking, resulting, walk-ins, worklists, letters and calendar files (the outbox attaches them), and the calendar horizon job.</summary>
public sealed class AppointmentsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => AppointmentOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<Availability>();
        services.AddScoped<SlotMaterialiser>();
        services.AddScoped<BookAppointmentHandler>();
        services.AddScoped<BookingOptionsHandler>();
        services.AddScoped<SiteQueueHandler>();
        services.AddScoped<Core.ContactCentre.IAppointmentBooking, NextAppointmentBooking>();
        services.AddScoped<AppointmentReadHandler>();
        services.AddScoped<ResultAppointmentHandler>();
        services.AddScoped<WalkInHandler>();
        services.AddScoped<FirstContactHandler>();
        services.AddScoped<CalendarHandler>();
        services.AddScoped<SiteCalendarsHandler>();
        services.AddScoped<CalendarWeekHandler>();
        services.AddScoped<EngagementWorklist>();
        services.AddScoped<WorklistHandler>();
        services.AddSingleton<AppointmentMessages>();
        services.AddScoped<LetterRenderer>();
        services.AddSingleton<IcsRenderer>();
        services.AddScoped<IOutboxLetters, OutboxAppointmentLetters>();
        services.AddScoped<IOutboxCalendarFiles, OutboxAppointmentCalendarFiles>();
        services.AddHostedService<CalendarHorizonService>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => AppointmentEndpoints.Map(app);
}
