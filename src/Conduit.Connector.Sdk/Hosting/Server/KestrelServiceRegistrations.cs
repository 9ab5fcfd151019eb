using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conduit.Connector.Sdk.Hosting.Server;

/// <summary>
/// Lets <c>IWebHostBuilder</c> extensions that only register services (<c>UseKestrelCore</c>) add them to a plain
/// <see cref="IServiceCollection"/>, with no web host: the HTTPS connection middleware that AutoMTLS uses resolves
/// Kestrel's internal metrics service from the container.
/// </summary>
internal sealed class KestrelServiceRegistrations(IServiceCollection services) : IWebHostBuilder
{
#pragma warning disable ASPDEPR008 // IWebHost is obsolete, but it is what the interface declares; nothing is built.
    public IWebHost Build() => throw new NotSupportedException("Collects service registrations only.");
#pragma warning restore ASPDEPR008

    public IWebHostBuilder ConfigureAppConfiguration(Action<WebHostBuilderContext, IConfigurationBuilder> configureDelegate) =>
        throw new NotSupportedException("Collects service registrations only.");

    public IWebHostBuilder ConfigureServices(Action<IServiceCollection> configureServices)
    {
        ArgumentNullException.ThrowIfNull(configureServices);
        configureServices(services);
        return this;
    }

    public IWebHostBuilder ConfigureServices(Action<WebHostBuilderContext, IServiceCollection> configureServices) =>
        throw new NotSupportedException("Collects service registrations only.");

    public string? GetSetting(string key) => null;

    public IWebHostBuilder UseSetting(string key, string? value) => this;
}
