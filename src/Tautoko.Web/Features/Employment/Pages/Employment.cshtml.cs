using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Employment.Pages;

/// <summary>The client's Jobseeker Profile (view and edit) and CV versions (upload, download), without JavaScript.</summary>
[ReadsClientInformation]
public sealed class EmploymentModel(JobseekerProfileHandler profiles, CvHandler cvs, PathwaysHandler pathways, CurrentStaff me) : ClientFormPageModel
{
    public JobseekerProfileView? Profile { get; private set; }

    public IReadOnlyList<CvVersionView> Cvs { get; private set; } = [];

    [BindProperty]
    public JobseekerProfileInput? Input { get; set; }

    public PtePlanView? Pte { get; private set; }

    public VtpMembershipView? Vtp { get; private set; }

    [BindProperty]
    public PtePlanInput? PteInput { get; set; }

    [BindProperty]
    public VtpMembershipInput? VtpInput { get; set; }

    /// <summary>Which form the errors belong to ("pte", "vtp" or the profile/CV when null).</summary>
    public string? ErrorsOf { get; private set; }

    public string? ErrorIn(string form, string field) => ErrorsOf == form ? ErrorFor(field) : null;

    /// <summary>Whether the person's role may change the profile (the record's scope is checked by the handler).</summary>
    public bool MayEdit =>
        ClientAccessPolicy.Decide(me.Viewer, new ClientScope(me.SiteId, me.RegionId, false), ClientOperation.Edit, hasBreakGlass: true).Allowed;

    /// <summary>The value to show in a field: what was just sent (after a refusal) or what is saved.</summary>
    public string? Value(Func<JobseekerProfileInput, string?> sent, Func<JobseekerProfileView, string?> saved) =>
        Input is { } input ? sent(input) : Profile is { } profile ? saved(profile) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken ct)
    {
        var outcome = await profiles.SaveAsync(new ClientId(Id), Input ?? new JobseekerProfileInput(null, null, null, null, null, null, null, null), ct);
        return await AfterActionAsync(outcome.Failure, "Jobseeker Profile saved.", ct);
    }

    public async Task<IActionResult> OnPostPteAsync(CancellationToken ct)
    {
        Input = null;
        ErrorsOf = "pte";
        var outcome = await pathways.SavePteAsync(new ClientId(Id), PteInput ?? new PtePlanInput(null, null, null, null, null, null), ct);
        return await AfterActionAsync(outcome.Failure, "PTE plan saved.", ct);
    }

    public async Task<IActionResult> OnPostVtpAsync(CancellationToken ct)
    {
        Input = null;
        ErrorsOf = "vtp";
        var outcome = await pathways.SaveVtpAsync(new ClientId(Id), VtpInput ?? new VtpMembershipInput(null, null, null, null, null, null, null), ct);
        return await AfterActionAsync(outcome.Failure, "Virtual Talent Pool membership saved.", ct);
    }

    public async Task<IActionResult> OnPostCvAsync(CancellationToken ct)
    {
        Input = null;
        var outcome = await cvs.UploadAsync(new ClientId(Id), token => EmploymentEndpoints.ReadFileAsync(Request, token), ct);
        return await AfterActionAsync(outcome.Failure, outcome.Failure is null ? $"CV version {outcome.Value!.Version} uploaded." : string.Empty, ct);
    }

    /// <summary>After a form: back to the page with the message, or the page again with the failure (ClientFormPageModel).</summary>
    private Task<IActionResult> AfterActionAsync(Failure? failure, string done, CancellationToken ct) =>
        AfterActionAsync(failure, done, "employment", () => ReadAsync(ct), p => Profile = p);

    private async Task<IActionResult> LoadAsync(CancellationToken ct) => Show(await ReadAsync(ct), p => Profile = p);

    private async Task<Outcome<JobseekerProfileView>> ReadAsync(CancellationToken ct)
    {
        // The profile read checks access and audits the page's read once; the CV versions come with it.
        var profile = await profiles.GetAsync(new ClientId(Id), ct);
        if (profile.Failure is null)
        {
            Cvs = await cvs.VersionsAsync(new ClientId(Id), ct);
            Pte = await pathways.PteAsync(new ClientId(Id), ct);
            Vtp = await pathways.VtpAsync(new ClientId(Id), ct);
        }

        return profile;
    }
}
