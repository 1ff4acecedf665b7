import { Hono } from 'hono';
import { carrierContactsForm } from './carrier-contacts-form';
import { carrierInvitationForm } from './carrier-invitation';
import { carrierOnboardingForm } from './carrier-onboarding-form';

/** The office's carrier forms (SPEC §12): onboarding, a carrier's contacts, its invitation. */
export const carrierForms = new Hono()
  .route('/', carrierOnboardingForm)
  .route('/', carrierContactsForm)
  .route('/', carrierInvitationForm);
