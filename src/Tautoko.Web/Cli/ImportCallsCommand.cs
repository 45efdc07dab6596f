using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Features.Calls;

namespace Tautoko.Web.Cli;

/// <summary>
/// <c>import-calls --file calls.csv --by EMAIL</c>: imports a telephony CSV as the national office staff member named by
/// <c>--by</c>, through the same handler as the API and the page (checked, all or nothing, idempotent on the call id,
/// audited); prints what was added or every line error. Exit code 0 when imported, 2 when refused or any line is wrong.
/// </summary>
public static class ImportCallsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration config, CancellationToken ct)
    {
        var db = services.GetRequiredService<TautokoDbContext>();
        var email = config["by"]?.Trim().ToUpperInvariant();
        var user = email is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email, ct);
        var staff = user is null ? null : await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == user.StaffId, ct);
        if (staff is not { Role: StaffRole.NationalOffice or StaffRole.ServiceCentreManager })
        {
            AnsiConsole.MarkupLine("[red]--by names the e-mail of a national office staff member or a contact-centre manager.[/]");
            return 2;
        }

        var path = config["file"];
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            AnsiConsole.MarkupLine("[red]--file names the CSV file to import.[/]");
            return 2;
        }

        // The handler runs as the staff member, exactly as on the page: it checks the role, validates, writes and audits.
        var http = new DefaultHttpContext { RequestServices = services };
        http.User = await services.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Tautoko.Data.Identity.StaffUser>>().CreateAsync(user!);
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        var handler = services.GetRequiredService<CallImportHandler>();
        Outcome<CallImportResult>? outcome = null;
        await AnsiConsole.Status().StartAsync($"Importing {Markup.Escape(Path.GetFileName(path))}", async _ =>
        {
            outcome = await handler.ImportAsync(async token =>
            {
                await using var stream = File.OpenRead(path);
                return await CallEndpoints.ReadBoundedAsync(stream, token);
            }, Path.GetFileName(path), ct);
        });
        if (!outcome!.TryGet(out var result, out var failure))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(failure.Message)}[/]");
            if (failure is Failure.InvalidInput invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(field)}[/]: {Markup.Escape(string.Join(" ", messages))}");
                }
            }

            return 2;
        }

        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]Imported[/] {result.Lines:N0} lines: {result.Added:N0} calls added, {result.AlreadyHeld:N0} already held (import {result.ImportId})."));
        return 0;
    }
}
