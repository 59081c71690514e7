import { builder } from './builder.js';
import { DateScalar, DateTimeScalar, EmailAddressScalar, UrlScalar } from './scalars.js';

builder.addScalarType('Date', DateScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('EmailAddress', EmailAddressScalar);
builder.addScalarType('URL', UrlScalar);
