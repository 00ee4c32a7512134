namespace Callback.Web.Admission;

/// <summary>Why a new callback is not admitted, in GMS's words (answered with 503 and <c>CallbackExceptionServiceUnavailable</c>).</summary>
public sealed record AdmissionRefusal(string Message);
