using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

/// <summary>The vacancies API: ANZSCO codes, employers, vacancies (create, list, read, fill or close) and matching.</summary>
public static class VacancyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Vacancies");
        api.MapGet("/occupations", Occupations).ReadsNoClientInformation()
            .WithSummary("The ANZSCO codes the product uses (major and sub-major groups and common 6-digit occupations); `q` filters by code prefix or title.");
        api.MapPost("/employers", CreateEmployer).ReadsNoClientInformation()
            .WithSummary("Add an employer (name, contact, site; NZBN optional, 13 digits starting 94). Employment Support Representatives, case managers, managers, national office.");
        api.MapGet("/employers", ListEmployers).ReadsNoClientInformation()
            .WithSummary("A region's employers (your own by default), optionally filtered by `name`.");
        api.MapPost("/vacancies", CreateVacancy).ReadsNoClientInformation()
            .WithSummary("List a vacancy: employer, ANZSCO occupation, site and town, hours per week, pay per hour (NZD, at least the minimum wage), licences required, closing date, positions.");
        api.MapGet("/vacancies", ListVacancies).ReadsNoClientInformation()
            .WithSummary("A region's vacancies (your own by default), filtered by `status`, `occupation` (code or group prefix) and `town`, soonest closing first.");
        api.MapGet("/vacancies/{id:guid}", GetVacancy).ReadsNoClientInformation()
            .WithSummary("One vacancy.");
        api.MapPost("/vacancies/{id:guid}/status", ChangeStatus).ReadsNoClientInformation()
            .WithSummary("Fill or close an open vacancy with the `version` read (400 without it, 409 when it changed, 422 vacancy-status when it is no longer open).");
        api.MapGet("/vacancies/{id:guid}/matches", Matches).ReadsClientInformation()
            .WithSummary("Work-ready clients of the vacancy's region ranked for it, each with the reasons for the score (occupation, location, hours, licences, time on benefit). Every client shown is audited.");
        api.MapGet("/clients/{id:guid}/vacancy-matches", ClientMatches).ReadsClientInformation()
            .WithSummary("Open vacancies of the client's region that match their preferred occupations, ranked, with reasons. Audited.");
        api.MapGet("/clients/{id:guid}/occupation-codes", GetCodes).ReadsClientInformation()
            .WithSummary("The ANZSCO occupation codes of the client's Jobseeker Profile (what makes the profile matchable). Audited.");
        api.MapPut("/clients/{id:guid}/occupation-codes", SaveCodes).ReadsClientInformation()
            .WithSummary("Replace the client's preferred ANZSCO occupation codes (up to 10 six-digit codes; an empty list clears them).");
    }

    private static Ok<IReadOnlyList<OccupationCodeView>> Occupations(string? q)
    {
        var rows = AnzscoCatalogue.All.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            rows = rows.Where(o => o.Code.StartsWith(text, StringComparison.Ordinal) || o.Title.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        return TypedResults.Ok<IReadOnlyList<OccupationCodeView>>([.. rows.Select(o => new OccupationCodeView(o.Code, o.Title))]);
    }

    private static async Task<Results<Created<EmployerView>, Problem>> CreateEmployer(EmployerInput input, VacancyHandler handler, CancellationToken ct) =>
        (await handler.CreateEmployerAsync(input, ct)).ToCreated(e => $"/api/employers?name={Uri.EscapeDataString(e.Name)}");

    private static async Task<Results<Ok<IReadOnlyList<EmployerView>>, Problem>> ListEmployers(Guid? regionId, string? name, VacancyHandler handler, CancellationToken ct) =>
        (await handler.ListEmployersAsync(regionId, name, ct)).ToOk();

    private static async Task<Results<Created<VacancyView>, Problem>> CreateVacancy(VacancyInput input, VacancyHandler handler, CancellationToken ct) =>
        (await handler.CreateVacancyAsync(input, ct)).ToCreated(v => $"/api/vacancies/{v.Id}");

    private static async Task<Results<Ok<IReadOnlyList<VacancyView>>, Problem>> ListVacancies(Guid? regionId, string? status, string? occupation, string? town, VacancyHandler handler, CancellationToken ct) =>
        (await handler.ListVacanciesAsync(regionId, status, occupation, town, ct)).ToOk();

    private static async Task<Results<Ok<VacancyView>, Problem>> GetVacancy(Guid id, VacancyHandler handler, CancellationToken ct) =>
        (await handler.GetVacancyAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<VacancyView>, Problem>> ChangeStatus(Guid id, VacancyStatusInput input, VacancyHandler handler, CancellationToken ct) =>
        (await handler.ChangeStatusAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<VacancyMatchesView>, Problem>> Matches(Guid id, int? take, MatchingHandler handler, CancellationToken ct) =>
        (await handler.MatchesForVacancyAsync(id, take, ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<VacancyMatchView>>, Problem>> ClientMatches(Guid id, MatchingHandler handler, CancellationToken ct) =>
        (await handler.VacanciesForClientAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<OccupationCodeView>>, Problem>> GetCodes(Guid id, MatchingHandler handler, CancellationToken ct) =>
        (await handler.GetCodesAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<OccupationCodeView>>, Problem>> SaveCodes(Guid id, OccupationCodesInput input, MatchingHandler handler, CancellationToken ct) =>
        (await handler.SaveCodesAsync(new ClientId(id), input, ct)).ToOk();
}
