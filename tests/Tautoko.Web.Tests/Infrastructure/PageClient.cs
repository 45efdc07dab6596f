using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>A page as the server sent it: where it came from, its status and its parsed HTML.</summary>
public sealed record HtmlPage(Uri Url, HttpStatusCode Status, IHtmlDocument Document);

/// <summary>
/// Drives the server-rendered pages like a browser without JavaScript: a cookie jar, and forms
/// submitted with every field they carry, including the antiforgery token.
/// </summary>
public sealed class PageClient : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    private readonly CookieContainer _cookies = new();

    /// <summary>The cookies this client holds for the address, as a Cookie header (to replay on another node).</summary>
    public string CookieHeader(Uri address) => _cookies.GetCookieHeader(address);

    public PageClient(TautokoServer server)
    {
        _http = server.NewHttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = _cookies });
    }

    public async Task SignInAsync(string email, string password)
    {
        var page = await GetAsync("/signin");
        using var response = await SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} through the page answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>GETs a page and asserts it answered 200.</summary>
    public async Task<HtmlPage> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _http.GetAsync(path);
        var page = await ParseAsync(response);
        Assert.True(response.StatusCode == expected, $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode}: {page.Document.Body?.TextContent.Trim()}");
        return page;
    }

    public Task<HttpResponseMessage> GetRawAsync(string path) => _http.GetAsync(path);

    /// <summary>Submits the form found by a CSS selector with all its fields, the given values replacing or adding to them.</summary>
    public Task<HttpResponseMessage> SubmitAsync(HtmlPage page, string formSelector, IReadOnlyDictionary<string, string> values, bool withAntiforgeryToken = true)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"{page.Url.AbsolutePath} has no form matching '{formSelector}'.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement input when input.Type is "checkbox" or "radio" => (input.Name, input.IsChecked ? input.Value : null),
                IHtmlInputElement input when input.Type is "submit" => (null, null),
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlTextAreaElement area => (area.Name, area.Value),
                IHtmlSelectElement select => (select.Name, select.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(name) && value is not null && !values.ContainsKey(name) && (withAntiforgeryToken || name != "__RequestVerificationToken"))
            {
                fields.Add(new(name, value));
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        return _http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>Submits a multipart form (enctype multipart/form-data) with its hidden fields and one file.</summary>
    public Task<HttpResponseMessage> SubmitFileAsync(HtmlPage page, string formSelector, string fileField, string fileName, byte[] content, string contentType)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"{page.Url.AbsolutePath} has no form matching '{formSelector}'.");
        var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = form.GetAttribute("action");
        return _http.PostAsync(string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action), body);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        return new HtmlPage(response.RequestMessage!.RequestUri!, response.StatusCode, document);
    }

    public void Dispose() => _http.Dispose();
}
