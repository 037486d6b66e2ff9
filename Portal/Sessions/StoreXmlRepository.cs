using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using RiskReporting.Store;

namespace RiskReporting.Portal.Sessions;

/// <summary>
/// The data-protection key ring in the state store: every portal instance on that store protects and reads
/// cookies and antiforgery tokens with the same keys. The interface is synchronous by design of ASP.NET
/// Core; the ring is read rarely (at start and when a key is unknown or due), so blocking here is cheap.
/// </summary>
public sealed class StoreXmlRepository(IPortalStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.PortalKeysAsync().GetAwaiter().GetResult().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("D") : friendlyName;
        store.SavePortalKeyAsync(name, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
