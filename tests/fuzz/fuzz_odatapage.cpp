// SPDX-License-Identifier: MIT
// libFuzzer target: the OData page parser (src/net/odatapage.h) and the error-body reader that
// sees the same bodies (src/net/errormessages.h). Any input must give rows or an error, never
// a crash; a page that parses must hold only objects and a non-empty nextLink when there is one.
#include "errormessages.h"
#include "httpheaders.h"
#include "odatapage.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const dwh::ODataPage page = dwh::parseCollectionPage(body);
    if (!page.ok() && !page.rows.isEmpty())
        abort();  // an error page carries no rows
    if (!page.ok() && !page.error.startsWith(QLatin1String("malformed answer: ")))
        abort();  // the reader prefixes the service; the parser says what is wrong
    const dwh::ODataPage single = dwh::parseSingleObject(body);
    if (single.ok() && single.rows.size() != 1)
        abort();

    for (dwh::Service s : {dwh::Service::Entra, dwh::Service::Dataverse,
                           dwh::Service::FinanceAndOperations, dwh::Service::PowerPlatform}) {
        (void)dwh::errorBodyFault(s, body);
        (void)dwh::httpErrorMessage(s, 400 + int(size % 200), dwh::HttpHeaders(), body);
    }
    (void)dwh::isHtmlBody(body);
    return 0;
}
