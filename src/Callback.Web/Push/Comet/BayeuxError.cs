namespace Callback.Web.Push.Comet;

/// <summary>
/// The <c>error</c> texts of unsuccessful replies, in Bayeux's <c>code:args:message</c> form with the codes CometD
/// servers use, so that a client written against CometD reads them as it always has.
/// </summary>
public static class BayeuxError
{
    public const string UnknownClient = "402::Unknown client";
    public const string PublishDenied = "403::Publish denied";
    public const string SubscribeDenied = "403::Subscribe denied";
    public const string InvalidMessage = "400::Invalid message";
    public const string InvalidChannel = "400::Invalid channel";
    public const string MissingSubscription = "400::Missing subscription";
    public const string InvalidSubscription = "400::Invalid subscription";
    public const string UnknownMetaChannel = "400::Unknown meta channel";
    public const string UnsupportedConnectionType = "400::Unsupported connection type";
    public const string TooManyClients = "503::Too many clients";
}
