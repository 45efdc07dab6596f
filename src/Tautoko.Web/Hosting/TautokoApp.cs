using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Serilog.Formatting.Compact;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Identity;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Hosting;

public static class TautokoApp
{
    /// <summary>Builds the host. Tests call this with their own database and `--urls http://127.0.0.1:0`.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name is fixed so Razor Pages are found under any entry assembly (tests, bench).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = NormaliseFlags(args),
            ApplicationName = typeof(TautokoApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Serves wwwroot from the build output's static web assets manifest as well as from a publish folder.
        builder.WebHost.UseStaticWebAssets();
        var options = TautokoOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);

        // The defaults first, so that settings (appsettings, environment, --Serilog:… arguments) override them.
        builder.Services.AddSerilog((_, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(new CompactJsonFormatter()));

        // Pooled: a request takes a ready context (options, services and model built once) instead of building one.
        builder.Services.AddDbContextPool<TautokoDbContext>(options.Database.Configure);
        builder.Services.AddDataProtection().SetApplicationName("Tautoko").PersistKeysToDbContext<TautokoDbContext>();

        builder.Services
            .AddIdentityCore<StaffUser>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TautokoDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();

        builder.Services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = StaffAuthentication.Scheme;
                auth.DefaultChallengeScheme = StaffAuthentication.Scheme;
            })
            .AddPolicyScheme(StaffAuthentication.Scheme, "Cookie or bearer", policy =>
            {
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                        ? BearerTokenDefaults.AuthenticationScheme
                        : IdentityConstants.ApplicationScheme;
            })
            .AddBearerToken(BearerTokenDefaults.AuthenticationScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(StaffAuthentication.ConfigureCookie);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(StaffAuthentication.Scheme).RequireAuthenticatedUser().Build())
            .AddPolicy(StaffPolicies.SiteManagement, StaffPolicies.RequireSiteManagement);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count (showing the sign-in page does not); a whole office may share one address,
            // and each account also locks after five wrong passwords.
            limiter.AddPolicy(RateLimits.SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        builder.Services.AddProblemDetails(ProblemDetailsSetup.Configure);
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddAntiforgery(af => af.HeaderName = "X-CSRF-TOKEN");
        // Pages live in their feature's folder (each has an absolute @page route); the layout and shared partials in Platform/Pages.
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/";
            pages.Conventions.AllowAnonymousToPage("/Features/Auth/Pages/SignIn").AllowAnonymousToPage("/Platform/Pages/Error");
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(views => views.PageViewLocationFormats.Add("/Platform/Pages/{0}.cshtml"));
        builder.Services.AddOpenApi(openApi => { openApi.CreateSchemaReferenceId = OpenApiSetup.SchemaId; openApi.AddDocumentTransformer(OpenApiSetup.Describe).AddOperationTransformer(OpenApiSetup.DescribeOperation).AddSchemaTransformer(OpenApiSetup.MarkRequired); });
        builder.Services.ConfigureHttpJsonOptions(json => JsonSetup.Configure(json.SerializerOptions));
        builder.Services.AddHealthChecks().AddDbContextCheck<TautokoDbContext>("database", tags: ["ready"]);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentStaff>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<Tautoko.Web.Platform.Exports.Exporter>();
        builder.Services.AddScoped<ClientAccess>();
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddScoped<SearchClientsHandler>();
        builder.Services.AddOutbox();
        builder.Services.AddSingleton<NodeIdentity>();
        builder.Services.AddHostedService<IdempotencyKeyPurge>();
        builder.AddProductionPosture();
        builder.AddTautokoTelemetry();
        FeatureList.AddServices(builder.Services);

        configure?.Invoke(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>Migrates, and in demo mode seeds synthetic data and demo accounts, before the node takes traffic.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<TautokoOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        if (options.MigrateOnStart)
        {
            await db.Database.MigrateAsync();
        }

        if (options.Demo)
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            await demo.EnsureSeededAsync(options.DemoClients, CancellationToken.None);
            var accounts = await demo.ListAccountsAsync(CancellationToken.None);
            app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, options, accounts));
        }

        // R-014: every case manager's caseload row (the capacity guard) exists before the node takes traffic.
        await Features.Caseloads.CaseloadSetup.EnsureAsync(db, app.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
    }

    private static void PrintBanner(WebApplication app, TautokoOptions options, IReadOnlyList<DemoAccount> accounts)
    {
        var url = app.Urls.FirstOrDefault() ?? "http://localhost:5000";
        var lines = new List<string>
        {
            string.Empty,
            $"  Tautoko is running on {options.Database.Describe()} in demo mode (synthetic data only).",
            $"  Open {url} in a browser and sign in with one of these accounts (password {DemoData.Password}):",
        };
        lines.AddRange(accounts.Select(a => $"    {a.Email,-42} {a.Role.DisplayName()}{(a.Variant == Core.Staff.CaseManagerVariant.None ? string.Empty : $" ({a.Variant.DisplayName()})")}, {a.Site}"));
        lines.Add($"  API: {url}/openapi/v1.json · health: {url}/health/ready");
        lines.Add(string.Empty);
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }

    private static void Configure(WebApplication app)
    {
        app.UseProductionPosture();
        // The request log sits outside the exception handler, so it records the status the caller got: a refusal the handler
        // answers (a broken rule as 422, a conflict as 409) is Information, not a 500 at Error; a real failure is still Error.
        app.UseSerilogRequestLogging(logging => logging.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseClientReadAudit();
        app.UseAntiforgery();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().ReadsNoClientInformation();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().ReadsNoClientInformation();
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous().ReadsNoClientInformation();
        app.MapRazorPages();
        SendingWindowEndpoints.Map(app);
        FeatureList.MapRoutes(app);
    }

    /// <summary>Turns bare switches (`--demo`) into `--demo=true` so the command-line configuration reads them.</summary>
    internal static string[] NormaliseFlags(string[] args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var isSwitch = arg.StartsWith("--", StringComparison.Ordinal) && !arg.Contains('=', StringComparison.Ordinal);
            var nextIsValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            result.Add(isSwitch && !nextIsValue ? $"{arg}=true" : arg);
        }

        return [.. result];
    }
}
